package io.github.cloudsync.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates commands, handing the {@link Terminal} to those whose constructor takes one: the composition root's wiring. */
final class CommandFactory implements IFactory {
    private final Terminal terminal;
    private final IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == Terminal.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(terminal));
            }
        }
        return fallback.create(type);
    }
}
