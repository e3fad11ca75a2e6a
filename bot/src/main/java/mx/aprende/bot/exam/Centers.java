package mx.aprende.bot.exam;

import java.util.List;
import java.util.Optional;

/** Port: the learning centers (owned by the exam feature; edited by admins). */
public interface Centers {

  /** Every center, by id. */
  List<Center> all();

  Optional<Center> find(String id);

  /** Adds the center or replaces the one with the same id. */
  void save(Center center);

  /** {@link #save(Center)} for many centers in one round trip. */
  void saveAll(List<Center> centers);
}
