package dev.tandem.qa;

import static dev.tandem.qa.Checked.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.Finding;
import dev.tandem.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateCheckTest {

    private final DateCheck dates = new DateCheck();

    @Test
    void sameDateWithTheMonthNamedInEachLanguageIsFine() {
        assertEquals(List.of(), findings(dates, "en", "fr", "It opens on 3 March 2025.", "Il ouvre le 3 mars 2025."));
        assertEquals(List.of(), findings(dates, "en", "de", "It opens on March 3.", "Es öffnet am 3. März."));
        assertEquals(List.of(), findings(dates, "en", "de", "It opens on March 3rd, 2025.", "Es öffnet am 3. März 2025."));
        assertEquals(List.of(), findings(dates, "en", "es", "Signed on 1 May 2024.", "Firmado el 1 de mayo de 2024."));
        assertEquals(List.of(), findings(dates, "en", "fr", "Since the 1st of June.", "Depuis le 1er juin."));
        assertEquals(List.of(), findings(dates, "en", "pl", "Held on 3 March 2025.", "Odbyło się 3 marca 2025."));
        assertEquals(List.of(), findings(dates, "en", "uk", "Held on 3 March 2025.", "Відбулося 3 березня 2025 року."));
        assertEquals(List.of(), findings(dates, "en", "ru", "Until Sep. 30.", "До 30 сент."));
        assertEquals(List.of(), findings(dates, "en", "ja", "Released on March 3, 2025.", "2025年3月3日に公開。"));
        assertEquals(List.of(), findings(dates, "en", "hu", "Released on March 3, 2025.", "Megjelent 2025. március 3."));
        assertEquals(List.of(), findings(dates, "en", "fr", "The report of March 2025.", "Le rapport de mars 2025."));
        assertEquals(List.of(), findings(dates, "en", "fr", "Due on 2024-03-05.", "À rendre le 5 mars 2024."));
        assertEquals(List.of(), findings(dates, "en", "fr", "Due on 03/15/2024.", "À rendre le 15/03/2024."));
        assertEquals(List.of(), findings(dates, "en", "fr", "It moved from June 5 to June 19.", "Elle est passée du 5 au 19 juin."));
    }

    @Test
    void differentDayMonthOrYearIsAWarningThatSaysWhichDiffers() {
        List<Finding> found = dates.check(Checked.unit("en", "fr", "It opens on 3 March 2025.", "Il ouvre le 4 mars 2025."),
                CheckContext.alone());
        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("The date 3 March 2025 of the source is 4 mars 2025 in the translation: the day differs.", found.get(0).message());
        assertEquals("4 mars 2025", found.get(0).target().get(0).of("Il ouvre le 4 mars 2025."));
        assertEquals(List.of("dates: The date March 3 of the source is 3. April in the translation: the month differs."),
                findings(dates, "en", "de", "It opens on March 3.", "Es öffnet am 3. April."));
        assertEquals(List.of("dates: The date 3 marca 2025 of the source is 3 березня 2024 in the translation: the year differs."),
                findings(dates, "pl", "uk", "Odbyło się 3 marca 2025.", "Відбулося 3 березня 2024 року."));
        assertEquals(List.of("dates: The date March 3, 2025 of the source is 2025年4月3日 in the translation: the month differs."),
                findings(dates, "en", "ja", "Released on March 3, 2025.", "2025年4月3日に公開。"));
    }

    @Test
    void numericDateThatLeavesDayAndMonthOpenAsksToCheck() {
        assertEquals(List.of("dates: The date 03/05/2024 is written differently in the translation (05/03/2024): check that day,"
                + " month and year are right."), findings(dates, "en", "fr", "Due on 03/05/2024.", "À rendre le 05/03/2024."));
        assertEquals(List.of(), findings(dates, "en", "fr", "Due on 2024-03-05.", "À rendre le 2024-03-05."));
        assertEquals(List.of("dates: The date 3 May 2024 is written differently in the translation (05/03/2024): check that day,"
                + " month and year are right."), findings(dates, "en", "fr", "Due on 3 May 2024.", "À rendre le 05/03/2024."));
    }

    @Test
    void monthNamesWithoutADayOrYearAndVersionNumbersAreNotDates() {
        assertEquals(List.of(), findings(dates, "en", "fr", "You may march on.", "Vous pouvez avancer."));
        assertEquals(List.of(), findings(dates, "en", "fr", "Version 2.4.1 fixes it.", "La version 2.4.2 le corrige."));
    }
}
