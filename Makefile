# Shorthands for the scripts that do the work (they install what they need on Debian/Ubuntu).
.PHONY: test demo bench package

test:
	scripts/test

demo:
	scripts/demo

bench:
	scripts/bench

package:
	scripts/package
