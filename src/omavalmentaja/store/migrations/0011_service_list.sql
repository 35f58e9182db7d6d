-- The services as the law names them: draft plan steps with the legacy codes move to the new list. "Työnhaku"
-- (a process) becomes job-search coaching; "Ohjaamo" (a service point), the multi-sectoral joint service (a way
-- of working) and health and social services become "other" with the former name as the step's provider.
-- Signed versions are not touched: what the client signed stays as it was, and their content hash with it.

UPDATE plan_versions SET content = json_set(content, '$.steps', (
  SELECT json_group_array(CASE json_extract(s.value, '$.service')
    WHEN 'job_search' THEN json_set(s.value, '$.service', 'job_search_coaching')
    WHEN 'ohjaamo' THEN json_set(s.value, '$.service', 'other', '$.provider', 'Ohjaamo')
    WHEN 'multisectoral' THEN json_set(s.value, '$.service', 'other', '$.provider',
                                       'Työllistymistä edistävä monialainen yhteispalvelu (TYP)')
    WHEN 'health_social' THEN json_set(s.value, '$.service', 'other', '$.provider',
                                       'Sosiaali- ja terveyspalvelut')
    ELSE json(s.value) END)
  FROM json_each(content, '$.steps') s))
WHERE status = 'draft' AND json_type(content, '$.steps') = 'array' AND json_array_length(content, '$.steps') > 0;
