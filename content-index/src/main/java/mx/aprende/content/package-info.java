/**
 * The curriculum: authored files, their validation, the Lucene index with Spanish analysis, and
 * answer checking. Lucene stays inside the {@code lucene} sub-package.
 */
package mx.aprende.content;
