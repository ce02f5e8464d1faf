"""Times pymatgen on the formulas given one per line on stdin, the same work the Cellspec
formula engine does: parse (Composition), molar mass (.weight) and the charge-balance search
(.oxi_state_guesses(), ICSD oxidation states, pymatgen's default). Prints one JSON object.
Run by scripts/bench/pymatgen-bench.ts with Debian's /usr/bin/python3 and python3-pymatgen."""
import json
import sys
import time
import warnings

warnings.filterwarnings("ignore")
from pymatgen.core import Composition  # noqa: E402
import pymatgen.core  # noqa: E402

formulas = [line.strip() for line in sys.stdin if line.strip()]
# Warm-up on other work (imports, element data tables loaded lazily) so the timing is of the search.
Composition("Li6PS5Cl").oxi_state_guesses()

balanced = 0
start = time.perf_counter()
for formula in formulas:
    composition = Composition(formula)
    composition.weight
    if composition.oxi_state_guesses():
        balanced += 1
seconds = time.perf_counter() - start
print(json.dumps({"count": len(formulas), "seconds": seconds, "balanced": balanced, "version": pymatgen.core.__version__}))
