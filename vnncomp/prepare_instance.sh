#!/bin/bash
# VNN-COMP tool interface: prepare_instance.sh v1 CATEGORY ONNX VNNLIB
# Checks that the files exist (a missing file also falls back to FILE.gz, as the benchmark
# repositories store some gzipped) and that torchsmt imports; nothing to convert or cache.
set -u
if [ "$#" -ne 4 ] || [ "$1" != "v1" ]; then
    echo "usage: $0 v1 CATEGORY ONNX VNNLIB" >&2
    exit 1
fi
ONNX=$3
VNNLIB=$4
[ -e "$ONNX" ] || ONNX="$ONNX.gz"
[ -e "$VNNLIB" ] || VNNLIB="$VNNLIB.gz"
for f in "$ONNX" "$VNNLIB"; do
    if [ ! -e "$f" ]; then
        echo "prepare_instance: no such file: $f" >&2
        exit 1
    fi
done
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${TORCHSMT_PYTHON:-$HERE/../.venv/bin/python}
[ -x "$PY" ] || PY=python3
exec "$PY" -c "import torchsmt.verify"
