/**
 * What a pickle's imports mean: critical when the global runs code or touches the system (`os`,
 * `subprocess`, `builtins.eval`, …), nothing when it is on the documented allowlist of what
 * legitimate model files reference (torch tensor rebuilders, numpy arrays and dtypes, sklearn
 * estimator classes, …), medium for everything else, listed for a reviewer. Module names are
 * normalised the way `pickle.load` maps Python 2 names (`__builtin__` → `builtins`), and dotted
 * attribute paths (protocol 4's `name` may be `a.b.c`) are judged on every segment.
 */

export type Verdict = 'critical' | 'unknown' | 'allowed';

export interface Judgement {
  verdict: Verdict;
  /** Normalised `module.name`. */
  qualified: string;
  reason: string;
}

/** The module renames `pickle.load(fix_imports=True)` applies (CPython's _compat_pickle, subset). */
const PY2_MODULES: Record<string, string> = {
  __builtin__: 'builtins',
  copy_reg: 'copyreg',
  cPickle: 'pickle',
  commands: 'subprocess',
  exceptions: 'builtins',
  urllib2: 'urllib.request',
  httplib: 'http.client',
  SocketServer: 'socketserver',
  cStringIO: 'io',
  StringIO: 'io',
  thread: '_thread',
  dummy_thread: '_dummy_thread',
  Queue: 'queue',
  repr: 'reprlib',
  UserDict: 'collections',
  UserList: 'collections',
  UserString: 'collections',
  whichdb: 'dbm',
  anydbm: 'dbm',
  xmlrpclib: 'xmlrpc.client',
  urlparse: 'urllib.parse',
  robotparser: 'urllib.robotparser',
  cookielib: 'http.cookiejar',
  Cookie: 'http.cookies',
  HTMLParser: 'html.parser',
  htmlentitydefs: 'html.entities',
  BaseHTTPServer: 'http.server',
  SimpleHTTPServer: 'http.server',
  CGIHTTPServer: 'http.server',
};

/** Modules whose every global runs code, spawns processes, or reads / writes / sends data. */
export const CRITICAL_MODULES = [
  'os',
  'posix',
  'nt',
  'posixpath',
  'ntpath',
  'subprocess',
  'sys',
  'runpy',
  'socket',
  'socketserver',
  'shutil',
  'webbrowser',
  'pty',
  'importlib',
  'imp',
  'pkgutil',
  'zipimport',
  'pickle',
  '_pickle',
  'dill',
  'cloudpickle',
  'marshal',
  'types',
  'code',
  'codeop',
  'ctypes',
  '_ctypes',
  'multiprocessing',
  'concurrent',
  'asyncio',
  'threading',
  '_thread',
  'signal',
  'pdb',
  'bdb',
  'timeit',
  'profile',
  'cProfile',
  'trace',
  'platform',
  'pip',
  'setuptools',
  'distutils',
  'http',
  'urllib',
  'requests',
  'httpx',
  'aiohttp',
  'ftplib',
  'smtplib',
  'telnetlib',
  'xmlrpc',
  'io',
  '_io',
  'pathlib',
  'tempfile',
  'glob',
  'fileinput',
  'sqlite3',
  'dbm',
  'shelve',
  'inspect',
  'operator',
  '_operator',
  'site',
  'sysconfig',
  'gc',
  'ensurepip',
  'venv',
] as const;

/** builtins that execute code, import, reach attributes, or do I/O. */
const CRITICAL_BUILTINS = new Set([
  'eval',
  'exec',
  'compile',
  '__import__',
  'open',
  'getattr',
  'setattr',
  'delattr',
  'globals',
  'locals',
  'vars',
  'input',
  'breakpoint',
  'help',
  'exit',
  'quit',
  'memoryview',
  '__build_class__',
  '__loader__',
  'copyright',
  'credits',
  'license',
]);

/** Globals of otherwise-trusted libraries that load another pickle or run code. */
const CRITICAL_NAMES = new Set([
  'torch.load',
  'torch.hub.load',
  'torch.hub.load_state_dict_from_url',
  'torch.storage._load_from_bytes',
  'torch.serialization.load',
  'torch.jit.load',
  'torch.package.PackageImporter',
  'numpy.load',
  'numpy.lib.npyio.load',
  'numpy.loadtxt',
  'numpy.fromfile',
  'numpy.save',
  'numpy.testing._private.utils.runstring',
  'joblib.load',
  'pandas.read_pickle',
  'pandas.io.pickle.read_pickle',
  'keras.models.load_model',
  'tensorflow.io.read_file',
  'tensorflow.io.write_file',
]);

/**
 * The allowlist: exact `module.name` of what torch, numpy, scikit-learn and joblib files reference
 * (docs/models.md lists it). Anything else is reported for review.
 */
export const ALLOWED_GLOBALS = new Set([
  // Python containers and scalars
  'collections.OrderedDict',
  'collections.defaultdict',
  'collections.Counter',
  'collections.deque',
  'builtins.set',
  'builtins.frozenset',
  'builtins.list',
  'builtins.dict',
  'builtins.tuple',
  'builtins.int',
  'builtins.float',
  'builtins.complex',
  'builtins.bool',
  'builtins.str',
  'builtins.bytes',
  'builtins.bytearray',
  'builtins.slice',
  'builtins.range',
  'builtins.object',
  'copyreg._reconstructor',
  'copyreg.__newobj__',
  '_codecs.encode',
  'datetime.datetime',
  'datetime.date',
  'datetime.timedelta',
  'datetime.timezone',
  'decimal.Decimal',
  'fractions.Fraction',
  'uuid.UUID',
  // torch (torch.save / state dicts)
  'torch._utils._rebuild_tensor',
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_tensor_v3',
  'torch._utils._rebuild_parameter',
  'torch._utils._rebuild_parameter_with_state',
  'torch._utils._rebuild_qtensor',
  'torch._utils._rebuild_sparse_tensor',
  'torch._utils._rebuild_meta_tensor_no_storage',
  'torch._utils._rebuild_wrapper_subclass',
  'torch._utils._rebuild_device_tensor_from_numpy',
  'torch._utils._rebuild_nested_tensor',
  'torch._tensor._rebuild_from_type_v2',
  'torch.nn.parameter.Parameter',
  'torch.Size',
  'torch.device',
  'torch.dtype',
  'torch.FloatStorage',
  'torch.DoubleStorage',
  'torch.HalfStorage',
  'torch.BFloat16Storage',
  'torch.LongStorage',
  'torch.IntStorage',
  'torch.ShortStorage',
  'torch.CharStorage',
  'torch.ByteStorage',
  'torch.BoolStorage',
  'torch.ComplexFloatStorage',
  'torch.ComplexDoubleStorage',
  'torch.storage.UntypedStorage',
  'torch.storage.TypedStorage',
  'torch.UntypedStorage',
  'torch.float32',
  'torch.float64',
  'torch.float16',
  'torch.bfloat16',
  'torch.int64',
  'torch.int32',
  'torch.int16',
  'torch.int8',
  'torch.uint8',
  'torch.bool',
  'torch.complex64',
  'torch.complex128',
  'torch.contiguous_format',
  'torch.channels_last',
  'torch.preserve_format',
  // numpy
  'numpy.ndarray',
  'numpy.dtype',
  'numpy.core.multiarray._reconstruct',
  'numpy._core.multiarray._reconstruct',
  'numpy.core.multiarray.scalar',
  'numpy._core.multiarray.scalar',
  'numpy.core.numeric._frombuffer',
  'numpy._core.numeric._frombuffer',
  'numpy.random._pickle.__randomstate_ctor',
  'numpy.random._pickle.__bit_generator_ctor',
  'numpy.random._pickle.__generator_ctor',
  'numpy.random.mtrand.RandomState',
  'numpy.random._mt19937.MT19937',
  'numpy.random._pcg64.PCG64',
  'numpy.random.bit_generator.SeedSequence',
  'numpy.float64',
  'numpy.float32',
  'numpy.int64',
  'numpy.int32',
  'numpy.bool_',
  // joblib
  'joblib.numpy_pickle.NumpyArrayWrapper',
  'joblib.numpy_pickle.NDArrayWrapper',
]);

/** Modules whose classes (CapitalisedNames) are estimator / model classes: allowed by class. */
const CLASS_MODULE_PREFIXES = ['sklearn.', 'xgboost.', 'lightgbm.', 'scipy.sparse.'];
/** numpy scalar type names as `numpy.<dtype>` (numpy.float16, numpy.uint8, …). */
const NUMPY_SCALAR =
  /^(u?int(8|16|32|64)|float(16|32|64|128)|complex(64|128|256)|bool_|str_|bytes_|void|datetime64|timedelta64)$/;

function normaliseModule(module: string): string {
  return Object.hasOwn(PY2_MODULES, module) ? PY2_MODULES[module]! : module;
}

function isUnder(qualified: string, prefix: string): boolean {
  return qualified === prefix || qualified.startsWith(`${prefix}.`);
}

/** Judge one imported global. */
export function judgeGlobal(rawModule: string, name: string): Judgement {
  const module = normaliseModule(rawModule);
  const qualified = `${module}.${name}`;
  const segments = [...module.split('.'), ...name.split('.')];
  const critical = (reason: string): Judgement => ({ verdict: 'critical', qualified, reason });

  if (module === '' || name === '' || segments.some((s) => s === '')) {
    return critical('an empty module or attribute name');
  }
  if (/[\0-\x1f\s]/.test(qualified)) return critical('control characters or spaces in the name');
  const dunder = name.split('.').find((s) => /^__.*__$/.test(s) && s !== '__newobj__');
  if (dunder) return critical(`reaches through ${dunder}, a classic way out to arbitrary objects`);
  for (const bad of CRITICAL_MODULES) {
    if (isUnder(module, bad) || isUnder(qualified, bad))
      return critical(`${bad} runs code or touches files, processes or the network`);
  }
  const builtinName = module === 'builtins' ? name.split('.')[0]! : undefined;
  if (builtinName !== undefined && CRITICAL_BUILTINS.has(builtinName))
    return critical(
      `builtins.${builtinName} executes code, imports or reaches arbitrary attributes`,
    );
  if (CRITICAL_NAMES.has(qualified)) return critical(`${qualified} loads or runs other code`);
  // A dotted attribute path that walks into a critical module (numpy.os.system and the like).
  if (name.includes('.')) {
    const hit = name
      .split('.')
      .find(
        (s) =>
          (CRITICAL_MODULES as readonly string[]).includes(s) ||
          CRITICAL_BUILTINS.has(s) ||
          s === 'system',
      );
    if (hit) return critical(`the attribute path ${name} reaches ${hit}`);
  }

  if (ALLOWED_GLOBALS.has(qualified))
    return { verdict: 'allowed', qualified, reason: 'on the allowlist' };
  if (module === 'numpy' && NUMPY_SCALAR.test(name))
    return { verdict: 'allowed', qualified, reason: 'a numpy scalar type' };
  if (
    !name.includes('.') &&
    /^[A-Z]/.test(name) &&
    CLASS_MODULE_PREFIXES.some((p) => module.startsWith(p) || `${module}.` === p)
  )
    return { verdict: 'allowed', qualified, reason: 'an estimator / model class' };
  return {
    verdict: 'unknown',
    qualified,
    reason: 'not on the allowlist of globals legitimate model files reference',
  };
}
