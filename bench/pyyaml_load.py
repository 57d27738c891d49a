"""Reference for bench/run.sh: PyYAML's C-accelerated safe loader on a file (fastest of N runs, in ms)."""
import sys
import time

import yaml

path = sys.argv[1]
iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 3
best = float("inf")
for _ in range(iterations):
    start = time.perf_counter()
    with open(path, "rb") as handle:
        yaml.load(handle, Loader=yaml.CSafeLoader)
    best = min(best, (time.perf_counter() - start) * 1000)
print(f"{best:.1f}")
