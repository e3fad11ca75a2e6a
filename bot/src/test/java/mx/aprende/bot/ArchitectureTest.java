package mx.aprende.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import mx.aprende.bot.learning.RefitCommand;
import org.junit.jupiter.api.Test;

/** The dependency rules of ARCHITECTURE.md, as tests. */
class ArchitectureTest {

  private static final JavaClasses BOT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("mx.aprende.bot");

  /** The conversation is pure: no server, no database, no channel wire types, no LLM library. */
  @Test
  void conversationIsPure() {
    noClasses()
        .that()
        .resideInAPackage("mx.aprende.bot.conversation")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.helidon..",
            "com.mongodb..",
            "org.bson..",
            "dev.langchain4j..",
            "org.apache.lucene..",
            "mx.aprende.bot.whatsapp..",
            "mx.aprende.bot.simulator..")
        .check(BOT);
  }

  /** The tutor's ports and guards know neither the LLM library nor MongoDB; their adapters do. */
  @Test
  void tutorPortsArePure() {
    noClasses()
        .that()
        .resideInAPackage("mx.aprende.bot.tutor")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.langchain4j..", "com.mongodb..", "org.bson..", "io.helidon..")
        .check(BOT);
  }

  /** Ports (inbox, outbox) do not know MongoDB; only their mongo sub-packages do. */
  @Test
  void portsDoNotKnowMongo() {
    noClasses()
        .that()
        .resideInAnyPackage("mx.aprende.bot.inbox", "mx.aprende.bot.outbox")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.mongodb..", "org.bson..")
        .check(BOT);
  }

  /** Adapters never import each other: the WhatsApp channel does not know how things are stored. */
  @Test
  void adaptersDoNotImportEachOther() {
    noClasses()
        .that()
        .resideInAPackage("mx.aprende.bot.whatsapp..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..mongo..", "mx.aprende.bot.simulator..")
        .check(BOT);
    noClasses()
        .that()
        .resideInAPackage("..mongo..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("mx.aprende.bot.whatsapp..", "mx.aprende.bot.simulator..")
        .check(BOT);
  }

  /** Only the composition roots (the bot's Wiring, the refit tool) name the MongoDB adapters. */
  @Test
  void onlyWiringNamesMongoAdapters() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..mongo..")
        .and()
        .doNotHaveFullyQualifiedName(Wiring.class.getName())
        .and()
        .doNotHaveFullyQualifiedName(RefitCommand.class.getName())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "mx.aprende.bot.inbox.mongo",
            "mx.aprende.bot.outbox.mongo",
            "mx.aprende.bot.conversation.mongo",
            "mx.aprende.bot.tutor.mongo",
            "mx.aprende.bot.reminders.mongo",
            "mx.aprende.bot.privacy.mongo",
            "mx.aprende.bot.exam.mongo",
            "mx.aprende.bot.observe.mongo",
            "mx.aprende.bot.console.mongo",
            "mx.aprende.bot.contacts.mongo",
            "mx.aprende.bot.privacy.crypto.mongo",
            "mx.aprende.engine.mongo")
        .check(BOT);
  }

  /**
   * Features use the curriculum search port; only the composition root names the Lucene adapter.
   */
  @Test
  void onlyWiringNamesTheLuceneAdapter() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(Wiring.class.getName())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("mx.aprende.content.lucene..", "org.apache.lucene..")
        .check(BOT);
  }
}
