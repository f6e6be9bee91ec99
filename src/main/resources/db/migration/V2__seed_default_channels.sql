-- The channels a new store starts with (Channel.defaults(); StoreTest checks they agree). Planners may add,
-- rename or remove channels afterwards. MERGE, not INSERT, so that running it again after a crash is harmless.
MERGE INTO channel (code, label, kind, position) KEY (code) VALUES
    ('STORE', 'Store',           'STORE',             1),
    ('WEB',   'Web shop',        'WEB',               2),
    ('MKP',   'Marketplace',     'MARKETPLACE',       3),
    ('CC',    'Click & collect', 'CLICK_AND_COLLECT', 4),
    ('SFS',   'Ship from store', 'SHIP_FROM_STORE',   5),
    ('B2B',   'B2B',             'B2B',               6);
