package payroll

import (
	"bufio"
	"encoding/xml"
	"io"
	"time"

	"assistans/data/csvfile"
	"assistans/rules"
)

// Version is the PAXml version written: 2.0 is the version whose schema
// (paxml.se/2.0/paxml.xsd) the file is checked against; later 2.x readers accept it.
const Version = "2.0"

// Header is what the file says about where it comes from.
type Header struct {
	Orgnr   string    // the provider's organisationsnummer; "" leaves it out
	Name    string    // the provider's name; "" leaves it out
	Created time.Time // the export's time, written in Stockholm time
}

type paxmlDoc struct {
	XMLName  xml.Name   `xml:"paxml"`
	XSI      string     `xml:"xmlns:xsi,attr"`
	Location string     `xml:"xsi:noNamespaceSchemaLocation,attr"`
	Header   paxmlHead  `xml:"header"`
	Trans    []tidtrans `xml:"tidtransaktioner>tidtrans"`
}

type paxmlHead struct {
	Format  string `xml:"format"`
	Version string `xml:"version"`
	Datum   string `xml:"datum"`
	Orgnr   string `xml:"foretagorgnr,omitempty"`
	Name    string `xml:"foretagnamn,omitempty"`
	Program string `xml:"programnamn"`
}

type tidtrans struct {
	Anstid string `xml:"anstid,attr"`
	Tidkod string `xml:"tidkod"`
	Datum  string `xml:"datum"`
	Timmar string `xml:"timmar"`
	Kundnr string `xml:"kundnr"`
}

// WritePAXml writes the lines as a PAXml file of tidtransaktioner: one
// <tidtrans> per line, hours with '.' and two decimals, the customer as kundnr.
// A month without lines gives a file with the header alone, which the schema allows.
func WritePAXml(w io.Writer, h Header, lines []Line, mp Mapping) error {
	c, err := mp.compile()
	if err != nil {
		return err
	}
	doc := paxmlDoc{
		XSI:      "http://www.w3.org/2001/XMLSchema-instance",
		Location: "http://www.paxml.se/" + Version + "/paxml.xsd",
		Header: paxmlHead{Format: "LÖNIN", Version: Version, Datum: h.Created.In(rules.Stockholm).Format("2006-01-02T15:04:05"),
			Orgnr: h.Orgnr, Name: h.Name, Program: "Assistans"},
	}
	for _, l := range lines {
		doc.Trans = append(doc.Trans, tidtrans{Anstid: c.employee(l.Assistant), Tidkod: l.Code,
			Datum: l.Date.String(), Timmar: Hours(l.Minutes, '.'), Kundnr: c.customer(l.Customer)})
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	bw.WriteString("\n")
	return bw.Flush()
}

// csvHeader names the CSV's columns.
var csvHeader = []string{"personnummer", "namn", "kund", "kundnamn", "datum", "slag", "lonekod", "timmar"}

// kindWords are the kinds as the office reads them.
var kindWords = map[rules.Kind]string{rules.Aktiv: "aktiv", rules.Vantetid: "väntetid", rules.Beredskap: "beredskap"}

// WriteCSV writes the lines for Swedish Excel with csvfile.ExcelWriter (the
// writer of every CSV the program makes): ',' as decimal mark, personnummer as
// YYYYMMDD-NNNN so that Excel keeps them as text, and a name or pay code that
// Excel would run as a formula neutralised. names maps an identity number to a name.
func WriteCSV(w io.Writer, lines []Line, names map[string]string) error {
	bw := bufio.NewWriter(w)
	x := csvfile.NewExcelWriter(bw)
	x.Write(csvHeader)
	for _, l := range lines {
		kind := kindWords[l.Kind]
		switch {
		case l.OB != "":
			kind = l.OB
		case l.Absence != "":
			kind = string(l.Absence)
		}
		x.Write([]string{rules.FormatPnr(l.Assistant), names[l.Assistant], rules.FormatPnr(l.Customer), names[l.Customer],
			l.Date.String(), kind, l.Code, Hours(l.Minutes, ',')})
	}
	if err := x.Flush(); err != nil {
		return err
	}
	return bw.Flush()
}
