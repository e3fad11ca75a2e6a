/**
 * The learner's conversation with Aprende, independent of the channel: typed inputs ({@link
 * mx.aprende.bot.conversation.Inbound}) in, typed replies ({@link
 * mx.aprende.bot.conversation.Reply}) out. Pure Java: no HTTP, no WhatsApp wire types, no MongoDB
 * (sessions go through the {@link mx.aprende.bot.conversation.SessionStore} port, the engine
 * through {@link mx.aprende.bot.conversation.LearnerModel} and {@link
 * mx.aprende.bot.conversation.PlacementQuiz}), so it is tested without a server.
 *
 * <p>The journey: {@code Onboarding} (consent first, then name, age, state, goal, {@code
 * PlacementDialog}, tutorial), {@code Studying} (module, lessons, next activity), {@code Practice}
 * (answers, hints, solutions, milestones, streak), {@code ProgressReport}, {@code Questions} (the
 * tutor, any time), {@code Command} (words that work anywhere), {@code InputReplies} (media and the
 * like) and {@code Handoffs} (where the guide, reminders, data erasure, exams and asesores plug
 * in). {@link mx.aprende.bot.conversation.Conversation} routes a turn to them; the {@link
 * mx.aprende.bot.conversation.Session} keeps everything needed to resume.
 */
package mx.aprende.bot.conversation;
