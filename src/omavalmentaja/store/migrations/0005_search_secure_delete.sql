-- Deleting or replacing a client's search document must not leave its words in the index's b-tree
-- (FTS5 otherwise keeps deleted terms until segments merge). 'secure-delete' purges them on delete;
-- the rebuild drops whatever earlier deletions left behind.
INSERT INTO client_search(client_search, rank) VALUES ('secure-delete', 1);
INSERT INTO client_search(client_search) VALUES ('rebuild');
