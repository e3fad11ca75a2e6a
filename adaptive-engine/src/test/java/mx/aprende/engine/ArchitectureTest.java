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

  /** The mastery core is pure: no files, network, clock reads or evaluation code. */
  @Test
  void masteryCoreIsPure() {
    noClasses()
        .that()
        .resideInAPackage("mx.aprende.engine.mastery..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.io..", "java.nio.file..", "java.net..", "mx.aprende.engine.evaluation..")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .check(ENGINE);
  }
}
