#!/bin/bash
# VNN-COMP tool interface: run_instance.sh v1 CATEGORY ONNX VNNLIB RESULTS_FILE TIMEOUT
# Writes RESULTS_FILE: "sat" plus the counterexample ((X_i v) ... (Y_j v)), "unsat" (only after
# the branch-and-bound certificate passed the checker), "unknown" or "timeout".
set -u
if [ "$#" -ne 6 ] || [ "$1" != "v1" ]; then
    echo "usage: $0 v1 CATEGORY ONNX VNNLIB RESULTS_FILE TIMEOUT" >&2
    exit 1
fi
ONNX=$3
VNNLIB=$4
RESULTS=$5
TIMEOUT=$6
[ -e "$ONNX" ] || ONNX="$ONNX.gz"
[ -e "$VNNLIB" ] || VNNLIB="$VNNLIB.gz"
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${TORCHSMT_PYTHON:-$HERE/../.venv/bin/python}
[ -x "$PY" ] || PY=python3
# one BLAS thread unless told otherwise: the matrices are small, and spinning BLAS threads on a
# busy machine cost more than they give (measured 2.7x slower with 2 threads under load)
export OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-1}
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
# leave a little of the budget for process start and the results file
BUDGET=$(awk -v t="$TIMEOUT" 'BEGIN { b = t - 3; if (b < 1) b = t * 0.8; print b }')
"$PY" -m torchsmt.cli verify "$ONNX" "$VNNLIB" --timeout "$BUDGET" --results "$RESULTS" --quiet
if [ ! -s "$RESULTS" ]; then
    # an error before any verdict (unreadable model or property): say so in the file
    echo "unknown" > "$RESULTS"
fi
exit 0
