package bill

// The facts and the costs keep the versions of the rows they loaded while the
// user types, and save with them: a save over someone else's change since is
// refused (data.ConflictError), and the window offers Ladda om.

// reload drops the typed facts and shows them as stored now, after a save was
// refused because someone else changed them.
func (m *Screen) reload() {
	m.dirty = false
	m.s.DataChanged()
}

// reload drops the typing and shows the report as stored now, after a save
// was refused because someone else changed it.
func (c *costEditor) reload() {
	c.dirty = false
	c.s.DataChanged()
}
