/**
 * Checking typed answers the way adults write them on a phone in Mexico: numbers with either
 * separator, fractions and mixed numbers, money, percentages, Spanish number words, units, text
 * with accents and typos, option letters and numbers, yes/no, orderings. Ambiguous input is "not
 * understood" (the bot asks again), never a wrong verdict.
 */
package mx.aprende.content.answer;
