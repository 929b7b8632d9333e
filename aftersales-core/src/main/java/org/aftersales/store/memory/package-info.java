/** Thread-safe in-memory adapters of the persistence ports, for tests, demos and single-node hosts. */
package org.aftersales.store.memory;
