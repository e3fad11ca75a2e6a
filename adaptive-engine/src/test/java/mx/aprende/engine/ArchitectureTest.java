package mx.aprende.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final JavaClasses ENGINE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("mx.aprende.engine");

  /** Only the mongo adapters may touch the MongoDB driver. */
  @Test
  void onlyMongoAdaptersUseTheDriver() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..mongo..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.mongodb..", "org.bson..")
        .check(ENGINE);
  }

  /**
   * The core (mastery, curriculum, policy) is pure: no files, network, clock reads or evaluation
   * code.
   */
  @Test
  void coreIsPure() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "mx.aprende.engine.mastery..",
            "mx.aprende.engine.curriculum..",
            "mx.aprende.engine.policy..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.io..", "java.nio.file..", "java.net..", "mx.aprende.engine.evaluation..")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("mx.aprende.engine.store..", "mx.aprende.engine.mongo..")
        .check(ENGINE);
  }
}
