package mx.aprende.bot.testing;

import java.lang.reflect.Proxy;

/** Stand-ins for ports a test never reaches. */
public final class Ports {

  private Ports() {}

  /** An implementation of {@code port} whose every call fails the test, naming the method. */
  public static <T> T unused(Class<T> port) {
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              throw new AssertionError("not needed here: " + method.getName());
            }));
  }
}
