package mx.aprende.content.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import mx.aprende.content.ContentException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Spanish analysis for the curriculum: standard tokens, lower case, accents folded, Spanish stop
 * words (folded too), Snowball Spanish stemming, then, for queries only, the curriculum's synonyms.
 *
 * <p>Snowball rather than the light stemmer: learners ask with verbs ("¿cómo sumo…?") and the light
 * stemmer only strips plurals, so "sumo" would never meet "sumar".
 *
 * <p>Synonyms apply at query time (SynonymGraphFilter's graph needs no flattening there) and after
 * stemming, so "quebrados" stems to the same term as the rule's "quebrado" and reaches "fracción".
 * The {@link #folded()} variant stops before stemming: fuzzy queries on it see real words.
 */
public final class CurriculumAnalyzer extends Analyzer {
  private static final CharArraySet STOP_WORDS = foldedStopWords();

  private final boolean stem;
  private final SynonymMap synonyms;

  private CurriculumAnalyzer(boolean stem, SynonymMap synonyms) {
    this.stem = stem;
    this.synonyms = synonyms;
  }

  /** The index-time analyzer of the stemmed fields. */
  public static CurriculumAnalyzer stemmed() {
    return new CurriculumAnalyzer(true, null);
  }

  /** The query-time analyzer of the stemmed fields: stemming plus {@code synonymGroups}. */
  public static CurriculumAnalyzer withSynonyms(List<List<String>> synonymGroups) {
    return new CurriculumAnalyzer(true, synonymMap(synonymGroups));
  }

  /** Folded, unstemmed: for the typo-tolerant field. */
  public static CurriculumAnalyzer folded() {
    return new CurriculumAnalyzer(false, null);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new ASCIIFoldingFilter(stream);
    stream = new StopFilter(stream, STOP_WORDS);
    if (stem) {
      stream = new SnowballFilter(stream, new SpanishStemmer());
    }
    if (synonyms != null) {
      stream = new SynonymGraphFilter(stream, synonyms, true);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** The terms {@code text} produces with this analyzer (for tests and synonym rules). */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = tokenStream("", new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new ContentException("Cannot analyse \"" + text + "\"", e);
    }
    return out;
  }

  private static SynonymMap synonymMap(List<List<String>> groups) {
    // Rules are analysed with the stemmed chain (no synonyms), so they match stemmed query tokens.
    try (CurriculumAnalyzer ruleAnalyzer = stemmed()) {
      SynonymMap.Builder builder = new SynonymMap.Builder(true);
      for (List<String> group : groups) {
        List<CharsRef> phrases = new ArrayList<>();
        for (String phrase : group) {
          List<String> terms = ruleAnalyzer.terms(phrase);
          if (!terms.isEmpty()) {
            phrases.add(
                SynonymMap.Builder.join(terms.toArray(String[]::new), new CharsRefBuilder()));
          }
        }
        for (CharsRef from : phrases) {
          for (CharsRef to : phrases) {
            if (!from.equals(to)) {
              builder.add(from, to, true);
            }
          }
        }
      }
      return builder.build();
    } catch (IOException e) {
      throw new ContentException("Cannot build the synonym map", e);
    }
  }

  private static CharArraySet foldedStopWords() {
    CharArraySet folded = new CharArraySet(400, true);
    for (Object word : SpanishAnalyzer.getDefaultStopSet()) {
      String text = new String((char[]) word);
      folded.add(
          java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
              .replaceAll("\\p{M}", ""));
    }
    return CharArraySet.unmodifiableSet(folded);
  }
}
