# Shorthands for the scripts that do the work (they install what they need on Debian/Ubuntu).
.PHONY: test demo bench fuzz package package-windows wine-smoke

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

package-windows:
	scripts/package-windows

wine-smoke:
	scripts/wine-smoke
