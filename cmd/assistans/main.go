// Command assistans opens the window, or runs one of the subcommands of
// INTERFACE.md without a display.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	_ "assistans/cmd/assistans/quietlocale" // before anything imports fyne
)

// Exit codes fixed by INTERFACE.md.
const (
	exitOK       = 0
	exitFindings = 1 // check found a block finding; verify found a broken audit row
	exitBad      = 2 // bad usage, bad input or a failure to read or write
)

// command is one subcommand: it parses its own flags from args.
type command struct {
	usage string
	run   func(env *env, args []string) error
}

var commands = map[string]command{}

// env is what a subcommand may use; tests give it buffers instead of the terminal.
type env struct {
	stdout, stderr io.Writer
}

// errFindings makes a subcommand exit 1 after printing its result normally.
var errFindings = errors.New("blocking findings")

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	e := &env{stdout: stdout, stderr: stderr}
	if len(args) == 0 || len(args[0]) > 0 && args[0][0] == '-' {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			usage(stderr)
			return exitOK
		}
		return report(e, runWindow(e, args))
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "assistans: okänt kommando %q\n\n", args[0])
		usage(stderr)
		return exitBad
	}
	return report(e, cmd.run(e, args[1:]))
}

func report(e *env, err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	case errors.Is(err, flag.ErrHelp):
		return exitBad
	}
	fmt.Fprintf(e.stderr, "assistans: %v\n", err)
	return exitBad
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Användning: assistans [--db FIL]            öppnar fönstret")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "       assistans %s\n", commands[n].usage)
	}
}

// newFlags makes a flag set that reports errors instead of exiting, with --db on it.
func newFlags(e *env, name string, db *string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(db, "db", "", "databasfil eller postgres://-adress till en server (standard: den som fönstret använder)")
	return fs
}
