package dev.tandem.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadlineTest {

    @Test
    void shortPartAfterABarIsTheSiteName() {
        assertEquals("Bridge closes to cars", Headline.withoutSiteName("Bridge closes to cars | Valley Courier", null, h -> false));
    }

    @Test
    void declaredSiteNameGoesAtEitherEnd() {
        assertEquals("Bridge closes to cars", Headline.withoutSiteName("Bridge closes to cars – The Valley Courier", "Valley Courier", h -> false));
        assertEquals("Bridge closes to cars", Headline.withoutSiteName("Valley Courier: Bridge closes to cars".replace(":", " :"), "Valley Courier", h -> false));
    }

    @Test
    void partAfterADashStaysUnlessTheHeadlineWithoutItIsConfirmed() {
        String title = "Bridge closes to cars - for now";
        assertEquals(title, Headline.withoutSiteName(title, null, h -> false));
        assertEquals("Bridge closes to cars", Headline.withoutSiteName(title, null, h -> h.equals("Bridge closes to cars")));
    }

    @Test
    void longLastPartIsPartOfTheHeadline() {
        String title = "Bridge closes | what the council decided on Tuesday and why it matters to the villages";
        assertEquals(title, Headline.withoutSiteName(title, null, h -> true));
    }
}
