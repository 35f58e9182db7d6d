-- Today lists the active clients not met for a while: the index of clients by status also carries each
-- client's id, so that the active clients are read from the index alone (the client's row is read only for
-- those listed). Other queries by status and municipality use it as before.

DROP INDEX clients_by_status;
CREATE INDEX clients_by_status ON clients(status, municipality, id);
