package dev.tandem.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names Windows reserves for devices ({@code con}, {@code nul}, {@code com1}…), with or without an
 * extension: a store folder copied to Windows must not hold a {@code con.json} or a folder {@code aux}.
 */
final class ReservedNames {

    private static final Pattern DEVICE = Pattern.compile("(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

    private ReservedNames() {
    }

    static boolean isReserved(String name) {
        return DEVICE.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }
}
