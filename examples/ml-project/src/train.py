"""Train the sentiment classifier and write runs/<run_id>/artifact/."""
import argparse
import hashlib
import json
import os
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--run-id", required=True)
    parser.add_argument("--data-path", default=os.environ.get("DATA_PATH"))
    args = parser.parse_args()
    artifact = Path("runs") / args.run_id / "artifact"
    artifact.mkdir(parents=True, exist_ok=True)
    # ... fit the model on args.data_path, export to ONNX ...
    (artifact / "labels.json").write_text(json.dumps(["negative", "positive"]))
    print(json.dumps({"run_id": args.run_id, "artifact": str(artifact)}))


if __name__ == "__main__":
    main()
