-- The client list reads every client's shown columns, and Today the names of the active clients not met for a
-- while: the index of clients by status now carries those columns, so that both read the index alone. On a
-- region's 30,000 clients the list read the whole table's pages (12 MB, each decrypted into the page cache)
-- where the index is a third of that. Its first columns are those of the index it replaces, so queries by
-- status and municipality use it as before.

DROP INDEX clients_by_status;
CREATE INDEX clients_by_status ON clients(status, municipality, last_name, first_name, preferred_name,
                                          date_of_birth, target_group, id);
