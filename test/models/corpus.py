"""Writes the models test corpus with Python's own pickle (run at test time by corpus.test.ts).

usage: corpus.py OUT_DIR

OUT_DIR/malicious/*  every file must get a critical finding
OUT_DIR/benign/*     every file must get none
OUT_DIR/manifest.json  {"malicious": [...], "benign": [...], "libraries": {...}}

Only the standard library is required. PyTorch archives are built by hand the way torch.save
lays them out (zip with <name>/data.pkl, <name>/data/<key>, <name>/version), with modules named
torch / torch._utils registered in sys.modules so pickle writes the very opcodes torch writes.
numpy, scikit-learn, joblib, safetensors and onnx are used when importable, for benign files
written by the real libraries and joblib's real layout.
"""

import collections
import io
import json
import os
import pickle
import struct
import subprocess
import sys
import types
import zipfile

out = sys.argv[1]
bad_dir = os.path.join(out, "malicious")
good_dir = os.path.join(out, "benign")
os.makedirs(bad_dir, exist_ok=True)
os.makedirs(good_dir, exist_ok=True)
manifest = {"malicious": [], "benign": [], "libraries": {}}


def bad(name, data):
    with open(os.path.join(bad_dir, name), "wb") as f:
        f.write(data)
    manifest["malicious"].append(name)


def good(name, data=None):
    if data is not None:
        with open(os.path.join(good_dir, name), "wb") as f:
            f.write(data)
    manifest["benign"].append(name)


class System:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


class Popen:
    def __reduce__(self):
        return (subprocess.Popen, (["id"],))


class Eval:
    def __reduce__(self):
        return (eval, ("__import__('os').system('id')",))


class Exec:
    def __reduce__(self):
        return (exec, ("import os",))


class GetAttr:
    def __reduce__(self):
        return (getattr, ("text", "upper"))


payloads = {"system": System, "popen": Popen, "eval": Eval, "exec": Exec, "getattr": GetAttr}

# 1. __reduce__ payloads, every protocol, bare and nested inside ordinary containers.
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    for name, cls in payloads.items():
        bad(f"{name}-p{proto}.pkl", pickle.dumps(cls(), protocol=proto))
    nested = {"weights": [1.0, 2.0], "meta": collections.OrderedDict(layers=[{"cfg": (System(),)}])}
    bad(f"nested-p{proto}.pkl", pickle.dumps(nested, protocol=proto))

# 2. Obfuscated STACK_GLOBAL: operands from the memo, every string opcode, escapes.
def sg(module_ops, name_ops, arg=b"\x8c\x02id\x85R."):
    return b"\x80\x04" + module_ops + name_ops + b"\x93" + arg


bad("stack-global-memo.pkl", b"\x80\x04\x8c\x02os\x94\x8c\x06system\x94h\x00h\x01\x93\x8c\x02id\x85R.")
bad("stack-global-long-memo.pkl", b"\x80\x04\x8c\x02osr\x07\x00\x00\x000\x8c\x06systemq\x09j\x07\x00\x00\x00h\x09\x93\x8c\x02id\x85R.")
bad("stack-global-binunicode.pkl", sg(b"X\x02\x00\x00\x00os", b"X\x06\x00\x00\x00system"))
bad("stack-global-binunicode8.pkl", sg(b"\x8d\x02\x00\x00\x00\x00\x00\x00\x00os", b"\x8d\x06\x00\x00\x00\x00\x00\x00\x00system"))
bad("stack-global-unicode-escape.pkl", sg(b"V\\u006fs\n", b"Vsys\\u0074em\n"))
bad("stack-global-string-escape.pkl", b"\x80\x04S'o\\x73'\nS'sys\\164em'\n\x93S'id'\n\x85R.")
bad("stack-global-binstring.pkl", b"\x80\x04U\x02osU\x06system\x93U\x02id\x85R.")
bad("stack-global-py2-builtin.pkl", sg(b"\x8c\x0b__builtin__", b"\x8c\x04eval", b"\x8c\x031+1\x85R."))
bad("stack-global-dotted.pkl", sg(b"\x8c\x08builtins", b"\x8c\x0fgetattr.__doc__", b"N."))
# Operands that are not strings (a call result) hide the import: critical by itself.
bad(
    "stack-global-computed.pkl",
    b"\x80\x04\x8c\x08builtins\x8c\x03str\x93\x8c\x02os\x85R\x8c\x06system\x93\x8c\x02id\x85R.",
)
bad("ext-code.pkl", b"\x80\x02\x82\x01)R.")
# GLOBAL / INST / OBJ in protocol 0 and 1, and a truncated stream after the import.
bad("inst-p0.pkl", b"(S'id'\nios\nsystem\n.")
bad("obj-p1.pkl", b"(cos\nsystem\nU\x02ido.")
bad("truncated.pkl", pickle.dumps(System(), protocol=2)[:-3])
bad("global-then-garbage.pkl", b"\x80\x02cos\nsystem\n\xff\xff")
# A second pickle after the first STOP (what a loader calling load() twice would run).
bad("second-pickle.pkl", pickle.dumps({"a": 1}, protocol=4) + pickle.dumps(System(), protocol=4))

# 3. PyTorch archives, laid out like torch.save (zip64-aware zip, STORED members).
torch = types.ModuleType("torch")
torch_utils = types.ModuleType("torch._utils")


def _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, hooks):
    return None


_rebuild_tensor_v2.__module__ = "torch._utils"
torch_utils._rebuild_tensor_v2 = _rebuild_tensor_v2


class FloatStorage:
    pass


FloatStorage.__module__ = "torch"
torch.FloatStorage = FloatStorage
torch._utils = torch_utils
sys.modules["torch"] = torch
sys.modules["torch._utils"] = torch_utils


class FakeTensor:
    def __init__(self, key, numel):
        self.key, self.numel = key, numel

    def __reduce_ex__(self, proto):
        return (_rebuild_tensor_v2, (FakeStorage(self.key, self.numel), 0, (self.numel,), (1,), False, collections.OrderedDict()))


class FakeStorage:
    def __init__(self, key, numel):
        self.key, self.numel = key, numel


class TorchPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, FakeStorage):
            return ("storage", FloatStorage, str(obj.key), "cpu", obj.numel)
        return None


def torch_zip(obj, tensors, name="archive"):
    buf = io.BytesIO()
    data = io.BytesIO()
    TorchPickler(data, protocol=2).dump(obj)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr(f"{name}/data.pkl", data.getvalue())
        z.writestr(f"{name}/byteorder", "little")
        for key, numel in tensors:
            z.writestr(f"{name}/data/{key}", b"\0" * (4 * numel))
        z.writestr(f"{name}/version", "3\n")
        z.writestr(f"{name}/.data/serialization_id", "1234567890")
    return buf.getvalue()


state = collections.OrderedDict([("0.weight", FakeTensor(0, 32)), ("0.bias", FakeTensor(1, 8))])
big = collections.OrderedDict([("0.weight", FakeTensor(0, 262144)), ("0.bias", FakeTensor(1, 8))])
good("state-dict.pt", torch_zip(big, [(0, 262144), (1, 8)]))
good("checkpoint.pth", torch_zip({"epoch": 3, "model": state, "lr": 0.001}, [(0, 32), (1, 8)], "checkpoint"))
bad("torch-system.pt", torch_zip({"model": state, "x": System()}, [(0, 32), (1, 8)]))
bad("torch-eval.bin", torch_zip(collections.OrderedDict(w=FakeTensor(0, 4), hook=Eval()), [(0, 4)], "pytorch_model"))


def legacy_torch(obj):
    """torch.save(_use_new_zipfile_serialization=False): five pickles, then raw storage bytes."""
    f = io.BytesIO()
    for item in (0x1950A86A20F9469CFC6C, 1001, {"protocol_version": 1001, "little_endian": True}):
        pickle.dump(item, f, protocol=2)
    TorchPickler(f, protocol=2).dump(obj)
    pickle.dump(["0"], f, protocol=2)
    f.write(struct.pack("<q", 8) + b"\x00" * 32)
    return f.getvalue()


good("legacy.bin", legacy_torch(collections.OrderedDict(w=FakeTensor(0, 8))))
bad("legacy-system.bin", legacy_torch(collections.OrderedDict(w=FakeTensor(0, 8), x=System())))
del sys.modules["torch"], sys.modules["torch._utils"]

# 4. NumPy object arrays in .npy / .npz, written by hand (the format is documented).
def npy(descr, shape, payload):
    header = repr({"descr": descr, "fortran_order": False, "shape": shape}).encode("latin1")
    header += b" " * (63 - (10 + len(header)) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header + payload


bad("object-array.npy", npy("|O", (2,), pickle.dumps([1, System()], protocol=3)))
npz = io.BytesIO()
with zipfile.ZipFile(npz, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("ok.npy", npy("<f8", (2,), b"\0" * 16))
    z.writestr("evil.npy", npy("|O", (1,), pickle.dumps([Popen()], protocol=2)))
bad("object-array.npz", npz.getvalue())
good("numbers.npy", npy("<f4", (3, 2), b"\0" * 24))

# 5. Keras v3 archive with a Lambda layer (marshalled bytecode, as Keras writes it).
def keras(layers):
    config = {"module": "keras", "class_name": "Sequential", "config": {"name": "m", "layers": layers}, "registered_name": None}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("metadata.json", json.dumps({"keras_version": "3.6.0"}))
        z.writestr("config.json", json.dumps(config))
        z.writestr("model.weights.h5", b"\x89HDF\r\n\x1a\n" + b"\0" * 64)
    return buf.getvalue()


dense = {"module": "keras.layers", "class_name": "Dense", "config": {"units": 2}, "registered_name": None}
lam = {
    "module": "keras.layers",
    "class_name": "Lambda",
    "config": {"function": {"class_name": "__lambda__", "config": {"code": "4wEAAAAAAAAAAAAAAAEAAAADAAAA", "defaults": None, "closure": None}}},
    "registered_name": None,
}
bad("lambda.keras", keras([dense, lam]))
good("dense.keras", keras([dense]))

# 6. Benign pickles of plain data, every protocol.
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    good(f"plain-p{proto}.pkl", pickle.dumps({"a": [1, 2.5, "x", b"y", None, True], "b": collections.OrderedDict(c=(1, 2))}, protocol=proto))

# 7. The real libraries, where this Python has them.
try:
    import numpy as np

    manifest["libraries"]["numpy"] = np.__version__
    np.save(os.path.join(good_dir, "np-float.npy"), np.arange(12.0).reshape(3, 4))
    good("np-float.npy")
    np.savez_compressed(os.path.join(good_dir, "np-arrays.npz"), a=np.arange(5), b=np.eye(3))
    good("np-arrays.npz")
    for proto in (2, 4, 5):
        good(f"np-p{proto}.pkl", pickle.dumps({"w": np.ones((4, 4), dtype=np.float32), "s": np.float64(1.5)}, protocol=proto))
    np.save(os.path.join(bad_dir, "np-object.npy"), np.array([System()], dtype=object), allow_pickle=True)
    manifest["malicious"].append("np-object.npy")
except ImportError:
    pass

try:
    import joblib
    import numpy as np

    manifest["libraries"]["joblib"] = joblib.__version__
    data = {"w": np.random.rand(64, 8), "labels": np.array(["a", "b"], dtype=object), "n": 3}
    joblib.dump(data, os.path.join(good_dir, "arrays.joblib"))
    good("arrays.joblib")
    joblib.dump(data, os.path.join(good_dir, "arrays-z.joblib"), compress=3)
    good("arrays-z.joblib")
    # The payload after a large inline array: the walker must skip the array to find it.
    joblib.dump({"w": np.random.rand(256, 16), "x": System()}, os.path.join(bad_dir, "joblib-system.joblib"))
    manifest["malicious"].append("joblib-system.joblib")
    joblib.dump({"obj": np.array([1, Eval()], dtype=object), "w": np.ones(8)}, os.path.join(bad_dir, "joblib-object-array.joblib"))
    manifest["malicious"].append("joblib-object-array.joblib")
    joblib.dump({"w": np.ones(8), "x": Popen()}, os.path.join(bad_dir, "joblib-gzip.joblib"), compress=("gzip", 3))
    manifest["malicious"].append("joblib-gzip.joblib")
except ImportError:
    pass

try:
    import numpy as np
    import joblib
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler
    import sklearn

    manifest["libraries"]["scikit-learn"] = sklearn.__version__
    X = np.random.RandomState(0).rand(60, 4)
    y = np.array(["cat", "dog"] * 30)
    pipe = Pipeline([("scale", StandardScaler()), ("lr", LogisticRegression())]).fit(X, y)
    forest = RandomForestClassifier(n_estimators=4, random_state=0).fit(X, y)
    joblib.dump(pipe, os.path.join(good_dir, "sk-pipeline.joblib"))
    good("sk-pipeline.joblib")
    joblib.dump(forest, os.path.join(good_dir, "sk-forest.joblib"))
    good("sk-forest.joblib")
    for proto in (0, 2, 5):
        good(f"sk-forest-p{proto}.pkl", pickle.dumps(forest, protocol=proto))
except ImportError:
    pass

try:
    import numpy as np
    from safetensors.numpy import save_file
    import safetensors

    manifest["libraries"]["safetensors"] = safetensors.__version__
    save_file({"w": np.ones((3, 4), dtype=np.float32), "b": np.zeros(2, dtype=np.float16)}, os.path.join(good_dir, "model.safetensors"))
    good("model.safetensors")
except ImportError:
    pass

try:
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    manifest["libraries"]["onnx"] = onnx.__version__
    weight = numpy_helper.from_array(np.ones((4, 2), dtype=np.float32), "W")
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "W"], ["y"])],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2])],
        [weight],
    )
    model = helper.make_model(graph)
    onnx.save(model, os.path.join(good_dir, "inline.onnx"))
    good("inline.onnx")
    onnx.save_model(model, os.path.join(good_dir, "external.onnx"), save_as_external_data=True, location="external.data", size_threshold=0)
    good("external.onnx")
    manifest["benign"].append("external.data")
    # The same model pointing its weights outside the model directory.
    for tensor in model.graph.initializer:
        tensor.data_location = TensorProto.EXTERNAL
        del tensor.external_data[:]
        entry = tensor.external_data.add()
        entry.key, entry.value = "location", "../../../../etc/passwd"
        tensor.ClearField("raw_data")
    with open(os.path.join(bad_dir, "escape.onnx"), "wb") as f:
        f.write(model.SerializeToString())
    manifest["malicious"].append("escape.onnx")
except ImportError:
    pass

with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump(manifest, f, indent=1)
