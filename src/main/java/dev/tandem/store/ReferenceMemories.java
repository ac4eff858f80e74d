package dev.tandem.store;

import dev.tandem.model.ReferenceMemory;
import java.util.List;
import java.util.Optional;

/**
 * The reference memories (TMX files) a store keeps with it: they are the truth, unlike the memory's
 * index, which is rebuilt from them. A JSON store keeps them in its folder, a database in a table.
 */
public interface ReferenceMemories {

    /** Every reference memory, by name. */
    List<ReferenceMemory> list();

    default Optional<ReferenceMemory> find(String name) {
        return list().stream().filter(memory -> memory.name().equals(name)).findFirst();
    }

    /** The TMX file's bytes as they were added. */
    byte[] content(ReferenceMemory memory);

    /** Stores the file's copy and lists it, replacing a memory of the same name. */
    void add(ReferenceMemory memory, byte[] content);

    void remove(ReferenceMemory memory);
}
