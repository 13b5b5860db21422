package say

import (
	"fmt"

	"assistans/rules"
)

var conflictWords = map[rules.RefusalCode][2]string{
	rules.RecordChanged: {"%s har ändrats%s sedan du öppnade den; läs in den igen och gör din ändring på nytt.",
		"%s has been changed%s since you opened it; read it in again and make your change anew."},
	rules.RecordRemoved: {"%s har tagits bort%s sedan du öppnade den; läs in uppgifterna igen.",
		"%s has been removed%s since you opened it; read the records in again."},
}

func init() {
	for code, w := range conflictWords {
		refusalWords[code] = w
	}
}

// recordNouns name a register's record, by the audit trail's table name.
var recordNouns = map[string][2]string{
	"providers": {"Anordnaren", "The provider"}, "customers": {"Kunden", "The customer"},
	"decisions": {"Beslutet", "The decision"}, "assistants": {"Assistenten", "The assistant"},
	"assignments": {"Uppdraget", "The assignment"}, "shifts": {"Passet", "The shift"},
	"month_info": {"Månadsuppgifterna", "The month's details"}, "hospital_stays": {"Sjukhusvistelsen", "The hospital stay"},
	"costs": {"Kostnaden", "The cost"},
}

func recordText(l Lang, r rules.Record) string {
	return fmt.Sprintf("%s %s", recordNouns[r.Table][l], r.Key)
}

func changedByText(l Lang, c rules.ChangedBy) string {
	if c.By == "" {
		return ""
	}
	return fmt.Sprintf(pick(l == English, " av %s %s", " by %s %s"), c.By, c.At.In(rules.Stockholm).Format("2006-01-02 15:04"))
}
