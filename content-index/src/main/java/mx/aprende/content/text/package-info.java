/**
 * Comparing text the way people type it on a phone: case and accent folding, and typo distance.
 * Used by answer checking here and by the bot's command words and place names.
 */
package mx.aprende.content.text;
