package dev.tandem.qa;

import dev.tandem.model.Finding;
import java.util.List;

/** One quality check: looks at a unit (with what the store knows around it) and reports findings. */
public interface UnitCheck {

    /** The check's name as findings, reports and {@code --json} output carry it. */
    String name();

    List<Finding> check(CheckedUnit unit, CheckContext context);
}
