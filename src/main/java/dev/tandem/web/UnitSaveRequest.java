package dev.tandem.web;

import dev.tandem.model.InlineCode;
import dev.tandem.model.Status;
import java.util.List;

/** The body of a unit save: the revision the edit started from, the new target, optional status and note. */
record UnitSaveRequest(Long baseRev, String target, Status status, String by, String note, List<InlineCode> codes) {
}
