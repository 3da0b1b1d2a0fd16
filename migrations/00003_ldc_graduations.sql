-- +goose Up
-- Countries that graduated from the LDC category since the classification history starts
-- (1990-01-01) were LDCs until their graduation date. Dates: UN Committee for Development Policy.
CREATE TEMPORARY TABLE graduations (iso3 char(3), graduated date) ON COMMIT DROP;
INSERT INTO graduations VALUES
    ('CPV', '2007-12-20'),
    ('MDV', '2011-01-01'),
    ('WSM', '2014-01-01'),
    ('GNQ', '2017-06-04'),
    ('VUT', '2020-12-04'),
    ('BTN', '2023-12-13'),
    ('STP', '2024-12-13');

UPDATE country_classifications c SET valid_from = g.graduated
FROM graduations g WHERE c.iso3 = g.iso3 AND c.valid_from = '1990-01-01';

INSERT INTO country_classifications (iso3, valid_from, valid_to, status, ldc, lldc, sids)
SELECT c.iso3, '1990-01-01', g.graduated, c.status, true, c.lldc, c.sids
FROM country_classifications c JOIN graduations g ON g.iso3 = c.iso3;

-- +goose Down
DELETE FROM country_classifications c
WHERE c.iso3 IN ('CPV', 'MDV', 'WSM', 'GNQ', 'VUT', 'BTN', 'STP') AND c.valid_from = '1990-01-01';
UPDATE country_classifications SET valid_from = '1990-01-01'
WHERE iso3 IN ('CPV', 'MDV', 'WSM', 'GNQ', 'VUT', 'BTN', 'STP');
