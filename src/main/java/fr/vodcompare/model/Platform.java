package fr.vodcompare.model;

import java.util.List;

/**
 * A streaming platform from the registry ({@code data/platforms.csv}) or created by an import.
 *
 * @param id       stable snake_case id ({@code netflix}, {@code prime_video})
 * @param name     display name
 * @param owner    owning group, or null when not known
 * @param launchFr launch in France as written by the source (YYYY-MM or YYYY-MM-DD), or null
 * @param colour   brand colour as {@code #RRGGBB}, or null when the user never set one
 * @param aliases  other names sources use for it ("Amazon", "Amazon Prime Video")
 */
public record Platform(String id, String name, String owner, String launchFr, String colour, List<String> aliases) {
    public Platform {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
