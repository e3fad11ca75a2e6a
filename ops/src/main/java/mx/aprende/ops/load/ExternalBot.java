package mx.aprende.ops.load;

import java.net.URI;

/**
 * A bot started by someone else ({@code --target URL}); its {@code GRAPH_API_BASE_URL} must point
 * at the sink. Its heap is not observed from here.
 */
record ExternalBot(URI webhook, String appSecret) implements Target {

  @Override
  public String label() {
    return "external bot at " + webhook;
  }

  @Override
  public boolean replies() {
    return true;
  }

  @Override
  public HeapReading heap() {
    return HeapReading.NONE;
  }

  @Override
  public void close() {}
}
