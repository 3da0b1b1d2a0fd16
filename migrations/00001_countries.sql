-- +goose Up
-- Countries and areas (ISO 3166, UN M49) and their development classification over time.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE countries (
    iso3                char(3) PRIMARY KEY CHECK (iso3 ~ '^[A-Z]{3}$'),
    iso2                char(2) NOT NULL UNIQUE,
    m49                 char(3) NOT NULL UNIQUE,
    name_en             text NOT NULL,
    name_fr             text NOT NULL,
    name_es             text NOT NULL,
    name_ar             text NOT NULL,
    name_zh             text NOT NULL,
    name_ru             text NOT NULL,
    region              text NOT NULL,
    subregion           text NOT NULL,
    intermediate_region text NOT NULL,
    is_independent      boolean NOT NULL
);

-- A country's classification is a fact about a date range [valid_from, valid_to);
-- changes are new rows, never edits of history.
CREATE TABLE country_classifications (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    iso3       char(3) NOT NULL REFERENCES countries,
    valid_from date NOT NULL,
    valid_to   date,
    status     text NOT NULL CHECK (status IN ('developed', 'developing', 'transition', 'unclassified')),
    ldc        boolean NOT NULL,
    lldc       boolean NOT NULL,
    sids       boolean NOT NULL,
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (iso3 WITH =, daterange(valid_from, valid_to) WITH &&)
);

-- +goose Down
DROP TABLE country_classifications;
DROP TABLE countries;
