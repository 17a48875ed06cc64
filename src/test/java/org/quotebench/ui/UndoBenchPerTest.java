package org.quotebench.ui;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test that asks for an {@link UndoBench} parameter a fresh one, and closes it after the
 * test: {@code @ExtendWith(UndoBenchPerTest.class)}. A failure the bench showed the user fails the test.
 */
public final class UndoBenchPerTest implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace BENCHES = ExtensionContext.Namespace.create(UndoBenchPerTest.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == UndoBench.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        UndoBench bench = new UndoBench();
        context.getStore(BENCHES).put(context.getUniqueId(), bench);
        return bench;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        UndoBench bench = context.getStore(BENCHES).remove(context.getUniqueId(), UndoBench.class);
        if (bench != null) {
            bench.close();
        }
    }
}
