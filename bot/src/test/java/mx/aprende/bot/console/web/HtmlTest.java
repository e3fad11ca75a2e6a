package mx.aprende.bot.console.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/** The HTML writer escapes text and attributes; CSV cells are quoted and never formulas. */
class HtmlTest {

  /** Text and attribute values cannot open tags or leave their quotes. */
  @Test
  void escapesTextAndAttributes() {
    String html =
        new Html()
            .element(
                "div", "<script>alert('x')</script> & más", "title", "\"><img src=x onerror=1>")
            .toString();
    assertThat(
        html,
        is(
            "<div title=\"&quot;&gt;&lt;img src=x onerror=1&gt;\">&lt;script&gt;alert(&#39;x&#39;)"
                + "&lt;/script&gt; &amp; más</div>"));
  }

  /** Each CSV field is quoted; quotes doubled; formula starts neutralised; numbers kept. */
  @Test
  void csvFields() {
    assertThat(Csv.field("hola"), is("\"hola\""));
    assertThat(Csv.field("di \"sí\""), is("\"di \"\"sí\"\"\""));
    assertThat(Csv.field("=HYPERLINK(1)"), is("\"'=HYPERLINK(1)\""));
    assertThat(Csv.field("@SUM(A1)"), is("\"'@SUM(A1)\""));
    assertThat(Csv.field("-3"), is("\"-3\""));
    assertThat(Csv.field("+52 55"), is("\"'+52 55\""));
  }
}
