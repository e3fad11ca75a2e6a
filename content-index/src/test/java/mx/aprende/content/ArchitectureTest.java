package mx.aprende.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("mx.aprende.content");
  }

  /** Lucene stays in the lucene package (and the CLI that wires it). */
  @Test
  void luceneOnlyInLucenePackage() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..content.lucene..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(classes);
  }

  /** The content module knows nothing of the web server, the database or the LLM library. */
  @Test
  void noServerDatabaseOrLlm() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.helidon..", "com.mongodb..", "dev.langchain4j..")
        .check(classes);
  }

  /** The domain packages do not depend on the command line. */
  @Test
  void domainDoesNotDependOnCli() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..content.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..content.cli..")
        .check(classes);
  }
}
