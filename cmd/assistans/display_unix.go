//go:build (linux || freebsd || netbsd || openbsd || dragonfly) && !android

package main

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// errNoDisplay is the message instead of the graphics library's stack trace
// when the window is started where no desktop can show it.
var errNoDisplay = errors.New("fönstret kan inte öppnas: inget grafiskt skrivbord hittades " +
	"(varken DISPLAY eller WAYLAND_DISPLAY leder till ett). Starta Assistans från skrivbordet, " +
	"eller använd kommandona, som fungerar utan fönster (assistans --help)")

// checkDisplay makes sure an X or Wayland server answers before fyne starts.
func checkDisplay() error {
	if w := os.Getenv("WAYLAND_DISPLAY"); w != "" {
		sock := w
		if !filepath.IsAbs(sock) {
			sock = filepath.Join(os.Getenv("XDG_RUNTIME_DIR"), w)
		}
		if dialable("unix", sock) {
			return nil
		}
	}
	if d := os.Getenv("DISPLAY"); d != "" && xServerAnswers(d) {
		return nil
	}
	return errNoDisplay
}

// xServerAnswers dials the X server DISPLAY names: ":N" and "unix:N" by its
// socket, "host:N" by TCP port 6000+N.
func xServerAnswers(display string) bool {
	host, rest, ok := strings.Cut(display, ":")
	if !ok {
		return false
	}
	num, _, _ := strings.Cut(rest, ".")
	n, err := strconv.Atoi(num)
	if err != nil {
		return false
	}
	if host == "" || host == "unix" {
		return dialable("unix", "/tmp/.X11-unix/X"+num) || dialable("unix", "@/tmp/.X11-unix/X"+num)
	}
	return dialable("tcp", net.JoinHostPort(host, strconv.Itoa(6000+n)))
}

func dialable(network, addr string) bool {
	c, err := net.DialTimeout(network, addr, 2*time.Second)
	if err != nil {
		return false
	}
	c.Close()
	return true
}
