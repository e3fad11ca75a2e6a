package mx.aprende.bot.console.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.console.access.AccountStore;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.console.access.Scope;
import mx.aprende.bot.console.access.StaffAccount;
import mx.aprende.bot.region.MexicanState;
import org.bson.Document;

/** Staff accounts in {@code staff_users}, keyed by username. */
public final class MongoAccountStore implements AccountStore {

  private final MongoCollection<Document> users;

  public MongoAccountStore(MongoDatabase database) {
    this.users = database.getCollection("staff_users");
  }

  @Override
  public Optional<StaffAccount> find(String username) {
    return Optional.ofNullable(users.find(Filters.eq("_id", username)).first())
        .map(MongoAccountStore::account);
  }

  @Override
  public List<StaffAccount> all() {
    List<StaffAccount> all = new ArrayList<>();
    users.find().sort(Sorts.ascending("_id")).forEach(d -> all.add(account(d)));
    return all;
  }

  @Override
  public boolean isEmpty() {
    return users.countDocuments() == 0;
  }

  @Override
  public boolean create(StaffAccount account) {
    Document doc =
        new Document("_id", account.username())
            .append("role", account.role().name())
            .append("hash", account.passwordHash())
            .append("mustChange", account.mustChangePassword())
            .append("failures", 0);
    switch (account.scope()) {
      case Scope.Everyone everyone -> {}
      case Scope.States states ->
          doc.append("states", states.states().stream().map(MexicanState::code).sorted().toList());
      case Scope.Center center -> doc.append("center", center.center());
    }
    try {
      users.insertOne(doc);
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void recordFailure(String username, int failures, Optional<Instant> lockedUntil) {
    users.updateOne(
        Filters.eq("_id", username),
        Updates.combine(
            Updates.set("failures", failures),
            lockedUntil.isPresent()
                ? Updates.set("lockedUntil", Date.from(lockedUntil.get()))
                : Updates.unset("lockedUntil")));
  }

  @Override
  public void recordSuccess(String username) {
    users.updateOne(
        Filters.eq("_id", username),
        Updates.combine(Updates.set("failures", 0), Updates.unset("lockedUntil")));
  }

  @Override
  public void changePassword(String username, String passwordHash, boolean mustChange) {
    users.updateOne(
        Filters.eq("_id", username),
        Updates.combine(Updates.set("hash", passwordHash), Updates.set("mustChange", mustChange)));
  }

  private static StaffAccount account(Document d) {
    Set<MexicanState> states = EnumSet.noneOf(MexicanState.class);
    for (String code : d.getList("states", String.class, List.of())) {
      MexicanState.byCode(code).ifPresent(states::add);
    }
    Role role = Role.valueOf(d.getString("role"));
    Scope scope =
        role == Role.ADMIN
            ? new Scope.Everyone()
            : d.getString("center") != null
                ? new Scope.Center(d.getString("center"))
                : new Scope.States(states);
    return new StaffAccount(
        d.getString("_id"),
        role,
        scope,
        d.getString("hash"),
        Boolean.TRUE.equals(d.getBoolean("mustChange")),
        d.get("failures", Number.class) == null ? 0 : d.get("failures", Number.class).intValue(),
        Optional.ofNullable(d.getDate("lockedUntil")).map(Date::toInstant));
  }
}
