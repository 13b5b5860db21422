# Shorthands for the scripts that do the work (they install what they need on Debian/Ubuntu).
.PHONY: test demo bench fuzz package

test:
	scripts/test

demo:
	scripts/demo

bench:
	scripts/bench

fuzz:
	scripts/fuzz

package:
	scripts/package
