package dev.tandem.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void statusIsReadAsTheCliAndTheApiSpellIt() {
        assertEquals(Status.TRANSLATED, Status.parse("translated"));
        assertEquals(Status.REVIEWED, Status.parse(" Reviewed "));
        assertEquals(Status.FINAL, Status.parse("FINAL"));
        assertEquals(Status.INITIAL, Status.parse("initial"));
    }

    @Test
    void anUnknownStatusIsBadInputNamingTheFourThatExist() {
        TandemException refused = assertThrows(TandemException.class, () -> Status.parse("done"));
        assertEquals(TandemException.Kind.BAD_INPUT, refused.kind());
        assertEquals("unknown status 'done' (use initial, translated, reviewed or final)", refused.getMessage());
    }
}
