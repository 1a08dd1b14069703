--
-- PostgreSQL database dump
--



SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: user_events_refuse_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.user_events_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
        BEGIN
            -- No percent-sign format here: psycopg would read it as a placeholder.
            RAISE EXCEPTION USING MESSAGE = 'user_events is append-only: ' || TG_OP || ' refused',
                ERRCODE = 'integrity_constraint_violation';
        END
        $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: event_log_head; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_log_head (
    id integer NOT NULL,
    "position" bigint NOT NULL,
    hash character varying(80) NOT NULL,
    CONSTRAINT event_log_head_single_row CHECK ((id = 1))
);


--
-- Name: evtcli_meta; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evtcli_meta (
    key character varying(64) NOT NULL,
    value text NOT NULL
);


--
-- Name: projection_checkpoints; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projection_checkpoints (
    name character varying(64) NOT NULL,
    "position" bigint NOT NULL,
    version integer NOT NULL
);


--
-- Name: user_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_events (
    "position" bigint NOT NULL,
    event_id character varying(36) NOT NULL COLLATE pg_catalog."C",
    user_id character varying(36) NOT NULL COLLATE pg_catalog."C",
    version integer NOT NULL,
    type character varying(64) NOT NULL,
    schema_version integer NOT NULL,
    payload text NOT NULL,
    metadata text NOT NULL,
    recorded_at character varying(32) NOT NULL COLLATE pg_catalog."C",
    hash character varying(80) NOT NULL,
    CONSTRAINT user_events_version_positive CHECK ((version >= 1))
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id character varying(36) NOT NULL COLLATE pg_catalog."C",
    name text NOT NULL,
    email text NOT NULL,
    email_key text NOT NULL,
    password_hash text NOT NULL,
    deleted boolean NOT NULL,
    version integer NOT NULL,
    created_at character varying(32) NOT NULL COLLATE pg_catalog."C",
    updated_at character varying(32) NOT NULL COLLATE pg_catalog."C",
    deleted_at character varying(32) COLLATE pg_catalog."C",
    deleted_reason text
);


--
-- Data for Name: event_log_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.event_log_head VALUES (1, 72, 'sha256:5bfee87524b0b7c632e07713b2e95f37a881d1afbc76ae548aa319eb9eb8996a');


--
-- Data for Name: evtcli_meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evtcli_meta VALUES ('application', 'evtcli');
INSERT INTO public.evtcli_meta VALUES ('schema_version', '1');


--
-- Data for Name: projection_checkpoints; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.projection_checkpoints VALUES ('users', 72, 1);


--
-- Data for Name: user_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_events VALUES (1, 'dc004678-1c96-46ab-af1e-209e74f86856', '825c234d-e806-46da-9c3b-296f737fa202', 1, 'Created', 1, '{"email":"josemaria.garcia@example.com","name":"José María García","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$5jkvcz9PKzGi9EqBXvSXaw$Sbje8U45g76h2I29bHOSNJ1hEn9jxndVntLCiuMHlK4"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-01T09:44:40.816316Z', 'sha256:fa03b19abe11ae303d86b7c379bf77bb0755540f8148b04810de5f95187d44f1');
INSERT INTO public.user_events VALUES (2, 'd8ca83ab-44d6-42eb-8885-d4750125c29c', '6eb6f418-5202-4f48-a96f-d48ae0007d4c', 1, 'Created', 1, '{"email":"support@example.org","name":"Ingrid Halvorsen (Support)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$Hz1lRiFmBvUVV0p9av+EPg$q+C/HctWFCTwp2jaajGPTpKl7lSh2ULHfdHjajkfAQM"}', '{"actor":"helpdesk","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-01T13:16:23.813365Z', 'sha256:e1294770930d820d92b81e0883dbb2e4515c4773eec15bc21e05dab1a331453c');
INSERT INTO public.user_events VALUES (3, '395018c2-987c-4414-9a3d-2f16dc8c35fb', '019f3309-fd3f-4751-8129-c8d44590ce45', 1, 'Created', 1, '{"email":"elif.demir@example.com","name":"Elif Demir","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$pweqqGjra+BEug5zrmjK5g$/HoAqqt7nk+kmq1cZ0cYSINc6r9++Gla3GJMnH4ROO4"}', '{"actor":"provisioning","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-02T08:22:42.627883Z', 'sha256:0e1fe4fe6f0f14383d6bb3a89789cec52d57e8272323e1f4e0b52f50e33f2e0b');
INSERT INTO public.user_events VALUES (4, '967805ba-afcd-4040-8328-4b3f77213558', 'b90cdebf-f67f-4236-96b0-ab8ab3af99d5', 1, 'Created', 1, '{"email":"tomas.osullivan@example.com","name":"Tomás Ó Súilleabháin","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$ZK+sbT9VCSqNhH3lBtdLNg$20LPJhrV2ZUp+LxzOYL3ysFnDgdvUEH2eciN7CQwFDQ"}', '{"actor":"helpdesk","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-02T09:49:34.632924Z', 'sha256:7b83caace9edb74980698499f307bff7b023849b3db620063a36a14fe48a006a');
INSERT INTO public.user_events VALUES (5, '930b4608-115b-4101-837e-9396bfb0a376', '4ce1684b-d6f1-4114-a71e-c3fe1c4aea01', 1, 'Created', 1, '{"email":"lukasz.kowalski@example.com","name":"Łukasz Kowalski","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$zs8yqQZ4V//9jNwyKtv+TQ$Wt1KAQ6dAzpgp9ku7ujxvuFD84oNwzdUBnmujwrtwQ8"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-03T07:12:48.208450Z', 'sha256:b442d54f8e551b1ff98e508e312280371f256e7efac9ee9394ef1f7c8bfdc2e0');
INSERT INTO public.user_events VALUES (6, 'e458e62d-5c34-4528-bd5b-1806da3e8e51', '825c234d-e806-46da-9c3b-296f737fa202', 2, 'Destroyed', 1, '{"reason":"requested deletion of their account"}', '{"actor":"anna.ops","causation_id":"0a153fb8-efbb-4663-8227-f85d9b551572","command":"user destroy"}', '2025-09-03T07:51:42.930845Z', 'sha256:81e8b8bc003dc61391815adac8ccf103c26accf5b0c036f5068677a72b260838');
INSERT INTO public.user_events VALUES (7, '27eace4d-46b2-45f2-8468-b3594d8f58bf', '702d6f2b-211c-4228-b7e7-5ee9817f2824', 1, 'Created', 1, '{"email":"dmitri.volkov@example.com","name":"Dmitri Volkov","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$eScHQNwe7/f/9B8yzxxOdA$yJqylZ07mgVYX1nGXsMIDX1JXg6naK3r1m0A6cs2NTc"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-03T08:27:07.185972Z', 'sha256:342d299f2840ea8b5c7d3ff3221c2069ee57247a381c8b0c07ad42ed3c3d2e68');
INSERT INTO public.user_events VALUES (8, '3435a230-8b04-4af3-9a51-37a66a122840', '1d02f9ae-f581-41fb-a7ef-524db10700cd', 1, 'Created', 1, '{"email":"diego.ramirez@example.org","name":"Diego Ramírez","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$sjC9pIjg6d8BEtGbEWciEg$cgjpTdeE1IdT0P6UkEV68BYi24Uj0glEc3u8r+O56Gs"}', '{"actor":"anna.ops","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-03T17:38:42.443521Z', 'sha256:ca38a105f9901b25d2cb0390e6a9682761550b5cf8f19f6430fd528d219b9ccb');
INSERT INTO public.user_events VALUES (9, 'c09bd9c5-3054-478f-a292-d805d61afda5', 'c78c988d-4352-4313-84ff-6c386cd38c0d', 1, 'Created', 1, '{"email":"omar.farouk@example.com","name":"Omar Farouk","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$kmEGTmR67hLJKbkonZxI+Q$v3iozzXQN3JOEEV7JydJTK1AeHx7Uj/UXwWwi7FAku8"}', '{"actor":"helpdesk","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-04T10:15:00.657570Z', 'sha256:90d2ded0f6c47a569d311d018039132449123786e864fc70c83d7ca713a5cdfa');
INSERT INTO public.user_events VALUES (10, 'f6dd7019-3f5d-471d-969c-58c8f529f6bd', '5491448c-be5a-4f5a-b9fa-1d6a496a8f48', 1, 'Created', 1, '{"email":"thandi.dlamini@example.com","name":"Thandiwe Dlamini","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$N2Xpxehe/JULUpMQSRBHtQ$CB/jwx0w4T9ErCFcmz8tdw+ji7CtX+ci6+Ldr6iY0lE"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-04T15:57:09.444619Z', 'sha256:852d3722fc28e206414b9e77399b6413cbb0681472159d2c5ac240fd73f4b863');
INSERT INTO public.user_events VALUES (11, 'a1c245fd-d2cc-4297-98a8-2b10ede69bcb', '8f2fb77e-f556-46a5-9f65-f2ba94028add', 1, 'Created', 1, '{"email":"bjorn.lindqvist@example.net","name":"Björn Lindqvist","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$x3YJHx4kUHKJUmOftxE68g$M+a/Nwjw8HAbRxynjYQ3MpN3+jvDujZMrwv+kRg9h+A"}', '{"actor":"provisioning","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-04T17:17:56.774946Z', 'sha256:8520ac4bcd29332a22fb2ad5f0dcfcbb81fc1075f7f4207e7df2072c8ae452ea');
INSERT INTO public.user_events VALUES (12, '0f3c3bf3-2067-403b-b709-d55d519bc085', 'e4d2f106-f31d-422f-8bd3-2fa65e67be8f', 1, 'Created', 1, '{"email":"billing@example.com","name":"Ingrid Halvorsen (Billing)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$AoKMyab90YzxjITrpYOJVg$HoBuOsA2pEvP+yiYfwa/37jYDFA/GVDfzncKWkk9AZE"}', '{"actor":"anna.ops","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-05T10:03:30.222040Z', 'sha256:1ad310a0d435c24378ac5e128e394a7be07ea867a8a73c89e5dd301cd80841df');
INSERT INTO public.user_events VALUES (13, '1b8fd663-25d2-407e-98bf-005154cab673', '962e78ab-cca0-4d77-b5de-1f1e326b8b32', 1, 'Created', 1, '{"email":"marta.wisniewska@example.org","name":"Marta Wiśniewska","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$3ZRIAH45YkFTv+KRnNWfjA$uXUZ/DUoEvUPHgF5gaQLQYeEy3FJp6XUgTbIT5mrAZM"}', '{"actor":"provisioning","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-06T10:35:42.028933Z', 'sha256:72aed8ab7be3cc45a10251f8b766f9ea949c105d22a14e37ae6093091ecd2db0');
INSERT INTO public.user_events VALUES (14, '3528f2a4-3e5c-42a9-baa2-8143844896f0', 'ebea2b28-2006-4ddb-98c4-af8c5b2c505f', 1, 'Created', 1, '{"email":"leilani.kahale@example.net","name":"Leilani Kahale","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$//VbNb852Ae2Ci4HwSsCng$S+MXl7kg5IqNT9NJZn5gstpUfI6eFwkod9I9LU5OgtA"}', '{"actor":"anna.ops","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-06T13:10:14.670483Z', 'sha256:0d5bea1fb6703d021c8cd1681b552187f1e594904f7644abfde1601c03419a19');
INSERT INTO public.user_events VALUES (15, '5b697ac1-7718-4d01-94bd-15faf288d18d', '8f2fb77e-f556-46a5-9f65-f2ba94028add', 2, 'Destroyed', 1, '{}', '{"actor":"provisioning","command":"user destroy"}', '2025-09-06T14:17:17.018770Z', 'sha256:7c63e38101359f06bcead94888a3f632cf0d07f301d1896dcda3ba4ccedd4f5f');
INSERT INTO public.user_events VALUES (16, 'e5348b55-4ba8-45ec-b113-f60ef65b69b0', '2c4b3af3-fd31-43fe-a385-0dd054ce84cf', 1, 'Created', 1, '{"email":"fz.benali@example.net","name":"Fatima Zahra Benali","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$Ui+cU4cW0qxSuTOaVEl6Uw$irK6nW//imlEbnZ3K4e3XtEOpjVulQ7/HDOpe8u7qy8"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-06T16:45:38.244329Z', 'sha256:a4b5dbc7de03cb992b9e0dcaccf7752ef971bba285615c795394b64003f30adf');
INSERT INTO public.user_events VALUES (17, '41cb24ef-2c94-46e4-85a4-a50f3a7533fb', '71d6c5bd-33cd-491b-9cd8-88d5c023fe76', 1, 'Created', 1, '{"email":"camila.rojas@mail.example.com","name":"Camila Rojas","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$+siXNYpxU+sHVXdDTto5wA$Xhe2rem8tQ4krgder3s4g+GyDwx3Z549h3ODvQHRyao"}', '{"actor":"helpdesk","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-07T08:22:48.409679Z', 'sha256:e838f8c1bcbaaaae7958bc6702913d4adeb3cfb768a3fd9dc19465cfebf9d0dc');
INSERT INTO public.user_events VALUES (18, 'cf48ddd1-786e-40fe-9df0-c5c94e285a99', '612830c0-0444-48a5-a286-78a397e94748', 1, 'Created', 1, '{"email":"chloe.dubois@example.net","name":"Chloé Dubois","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$mfd/PxrNuZEmlVetyIJNmg$20AHiFy+zq/fkctmHWWhaHpJEoWo2TpWheF6XF2+cBQ"}', '{"actor":"helpdesk","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-07T13:21:52.074445Z', 'sha256:4cf0a8e4051ccafd8b9314c80b8528a1513d08fda68187aff99ce48b08a59410');
INSERT INTO public.user_events VALUES (19, 'f98a3f96-5fa9-4710-8b34-b6f97aa8324f', 'c3b96aae-e11a-41dc-8f6d-aaf9a3a549d3', 1, 'Created', 1, '{"email":"tugba.aksoy@example.com","name":"Tuğba Aksoy","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$JEkCj4v2ag6qzq+bOyi5NA$Cdw/oOvjKgLdAcsGNTslQbdKc85lBhtFC73ffiqiKik"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-08T08:03:21.206824Z', 'sha256:34e19278ed6661eb3cf66284ddb45da832ed4cb7ec377cf12445d86b9204f3ad');
INSERT INTO public.user_events VALUES (20, '47a4a4c8-1c86-427a-8758-e0f539cd5328', 'c146d020-1c26-4131-ae8d-68723e477447', 1, 'Created', 1, '{"email":"yuki.tanaka@example.org","name":"田中 優希","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$SIuiDlT4O3NQnUjbikUf8A$ysBolxjicLHS7pHyQYzalXLWbNXsTzsmH+M+ogORODY"}', '{"actor":"provisioning","command":"user create"}', '2025-09-08T15:04:34.498011Z', 'sha256:7df7c871996f3bda488c6c5848f7af5b59bec3545c7fbdbaa69c6e29d8e3411c');
INSERT INTO public.user_events VALUES (21, '056960ad-93bd-433b-9359-934637c41ff6', 'e562e0d7-6681-4a0c-a8b6-d12c67bbb874', 1, 'Created', 1, '{"email":"emile.gagnon@example.com","name":"Émile Gagnon","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$gwv0q+iFpTZo2DTJnohCLA$hz1A4LxAJU7qY/YdZ5lgmU4r+DXwh2qm981EBQ3vvk8"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-08T16:45:55.450517Z', 'sha256:5b312befeaad2295d092a2562184d8ca418a6b118e521ac99ea0de00ad38bc20');
INSERT INTO public.user_events VALUES (22, '5e3b3ae1-1ea9-41c7-b84a-7437421231d9', '341456e1-cc39-4bb8-b787-a2b9622d610e', 1, 'Created', 1, '{"email":"ahmed.elsayed@example.com","name":"Ahmed El-Sayed","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$KM5QL4zbmObHO/rhl5TfuQ$3klvdpt7zQeaIP7T942Q2tArZNmvSaRBttYHHX8bvDo"}', '{"actor":"provisioning","command":"user create"}', '2025-09-08T17:38:27.556064Z', 'sha256:6fa57929334fa8fd78810ad6efdffee77a0818b1aa987fe701e65a2fc6ee698f');
INSERT INTO public.user_events VALUES (23, 'd7a0a287-8a34-4438-84a4-32ba4e3b04fd', '341456e1-cc39-4bb8-b787-a2b9622d610e', 2, 'Destroyed', 1, '{"reason":"left the company"}', '{"actor":"provisioning","causation_id":"eb389ece-d975-434e-a0aa-30ecad24f91f","command":"user destroy"}', '2025-09-09T08:22:33.055999Z', 'sha256:c266d8876c7e2a6dd3484b7fa9c5fb745315614217a4f531030250f036b26e3b');
INSERT INTO public.user_events VALUES (24, 'b2362040-f4f6-4b81-ab3c-dd5da116ed79', '58d382b2-6841-4932-9a96-7144e2d70d5e', 1, 'Created', 1, '{"email":"meiling.chen@example.net","name":"Mei-Ling Chen","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$hqswjvG8Gv9XlNmpUCs8lw$eBMtPHFCV8CS01Th8YFSzmgihnRQH6SMfOdf4gx/ENA"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-09T09:07:44.764625Z', 'sha256:64fae219ec712a50c1d902542320b22eec0fdea9355e5f8ab5b9e7b98a75c801');
INSERT INTO public.user_events VALUES (25, 'e666a2af-33d5-4780-ba7e-c4778d45aa11', 'e312c9a9-64c3-496e-988f-7f28b460a5b2', 1, 'Created', 1, '{"email":"aylin.yilmaz@example.com","name":"Aylin Yılmaz","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$MHXfBFZOsISILImYaPWM0A$GUEQXKjnBuPP7tkn5Nc9kbhL+PwSyRpZztezXb9Mc4o"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-09T10:30:12.346839Z', 'sha256:00e6d0c195434aacb9882a0b2a921b2dfdcefc4e9015459ea0266ac31f266f01');
INSERT INTO public.user_events VALUES (26, '2d39c551-8aa0-44d1-a943-ea2b88206d63', '6eb6f418-5202-4f48-a96f-d48ae0007d4c', 2, 'Destroyed', 1, '{"reason":"mailbox handed over"}', '{"actor":"helpdesk","causation_id":"e6742811-69f7-458f-a81b-224d313a8a03","command":"user destroy"}', '2025-09-09T17:03:39.484145Z', 'sha256:e15bc2e17205283beabe3c56dd608b01ae8b17194dc973778140233b347a893c');
INSERT INTO public.user_events VALUES (27, '048af794-4f5c-4369-9672-d831bd6ec10c', 'dea3d6ec-9866-411e-b546-9970bc3395f5', 1, 'Created', 1, '{"email":"giulia.romano@eu.example.org","name":"Giulia Romano","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$YfpiELXZYmomiJ+kxIn+ow$W9jQc3BLcnwIxX8GBOU5sD6ymbb3NhhAgO8wZt5aX6Y"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-10T09:14:57.458254Z', 'sha256:7237d4e83f888b59e1d02b4f53a16ffae84ad772b7c6aa83f2e15d5edd06197b');
INSERT INTO public.user_events VALUES (28, '523f7213-a8ea-4b01-a3b4-dff424f2b558', '2e18dc86-9279-409e-b04c-9aa256247493', 1, 'Created', 1, '{"email":"noa.levi@mail.example.com","name":"Noa Levi","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$2Jkl5laDhYdh2MTM/lWwAg$BwV6OfPC+WlEosGhmpOapdFqwinKIMEoxVlfdI7/OHg"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-11T17:42:59.639255Z', 'sha256:6cfaf6c923f1ab2e933088ff79899fb6594ac50890dc8fc5706fed3811909b9c');
INSERT INTO public.user_events VALUES (29, 'b92e6b36-64d4-4d79-a72f-aaedb1f3a2ce', 'a4ccb8d2-586e-48f1-9ab0-6ed1f8756db0', 1, 'Created', 1, '{"email":"support@example.org","name":"Giulia Romano (Support)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$0qFN09Z4KlBybXE1VUG26A$yN34DavCxTXTasCc3EwgfvV3Zm+dOJ1lOitiOosqJEE"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-12T07:46:00.138964Z', 'sha256:7b628e61ce063dcfbb6f32560c19b6aecf643afec57f2381659c1fba781d6765');
INSERT INTO public.user_events VALUES (30, 'dc343f9e-c7c8-4b69-8a75-2147e64cb3ca', '3ea342ce-4e2f-448e-97fb-22fb1c37b7e3', 1, 'Created', 1, '{"email":"kenji.watanabe@example.org","name":"渡辺 健二","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$JxdMge9rB+ko6RjJcFegrw$xCgwQvYv4JaeZ/K1Re8g38xTPbeuaYrHR/S2WGld7x8"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-12T08:17:58.560550Z', 'sha256:b705d43c3828d7dc3459d514e450d32a3205fece1d6617d212a982844e2f6b03');
INSERT INTO public.user_events VALUES (31, 'dad8acaf-8d9a-4bc0-83a5-a164ca3a3ed4', '5491448c-be5a-4f5a-b9fa-1d6a496a8f48', 2, 'Destroyed', 1, '{"reason":"requested deletion of their account"}', '{"actor":"helpdesk","causation_id":"4a0d7790-b865-42d2-9357-29b501311559","command":"user destroy"}', '2025-09-13T11:41:55.689851Z', 'sha256:3b93b9c5c2213a8e66403b8b144e01c0e1370811080b4b06c93a1a5285f29f10');
INSERT INTO public.user_events VALUES (32, '992b82c9-f3ef-46b1-948e-869fac331a0f', '8f766267-e22e-45f4-9c76-9aceb5d587f1', 1, 'Created', 1, '{"email":"thandi.dlamini@example.com","name":"Thandiwe Dlamini","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$U3HMkr9EYOWVTeAubWl7mg$08LsIvBp3muf/aWlOPt01A92dj2Vt9zq8Oj0WbSN37o"}', '{"actor":"provisioning","command":"user create"}', '2025-09-13T15:19:32.212171Z', 'sha256:3415140fec2ec08e9e20d2d8ec0bf6e577308b66ef3160086c31fc04204c91a4');
INSERT INTO public.user_events VALUES (33, '8c767ae6-bd0d-4171-8c64-fe540a01d78e', '3f1a8d7b-8724-4d6c-8866-f39b61e15599', 1, 'Created', 1, '{"email":"seun.adeyemi@mail.example.com","name":"Oluwaseun Adeyemi","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$L+HUJpjj3Y5ZgiE53N4fGw$7e8n8vQFTZdFgv4JescQG0hG8IHwWD8+Mdxx980sZtU"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-14T13:28:29.764319Z', 'sha256:1b61ac7aee0522e6742c7fb426e310c1a3a97658b3c7f906f83cba1c36b4659f');
INSERT INTO public.user_events VALUES (34, 'fb3ac5eb-e51d-4955-adbb-94376f183053', 'b5aab4a8-f42c-4c59-8a03-3ef80a55935e', 1, 'Created', 1, '{"email":"kwame.mensah@example.com","name":"Kwame Mensah","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$GT7AE4lAk9Wi2wEcg9y5UA$TLK1x+UzBtiAyNE0qVQmv9+PHwN3LRt3AWuBoUtFHzg"}', '{"actor":"provisioning","command":"user create"}', '2025-09-15T09:37:57.087862Z', 'sha256:ad73094120d5ffab56028eca6a7b08bf5e82941c02d81ea2d571148999e98500');
INSERT INTO public.user_events VALUES (35, '61f1c9bf-bf71-4a8b-965a-e06472261f9d', 'ecc1eb5a-d897-4ec6-9a01-4aab057793a3', 1, 'Created', 1, '{"email":"isabela.costa@mail.example.com","name":"Isabela Costa","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$HvAOSzB8nlmWACeY8ftuXQ$QKjpILUhxfSU45W9cQbZUamDlHL4JVuy974fpmSi3cY"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-15T10:22:54.212297Z', 'sha256:5f2944ce259d63963f37b24d0db63547d95da9524f3244f47b50c29a80fe59a1');
INSERT INTO public.user_events VALUES (36, '029127ab-733b-4467-9c30-a73437a09ccb', '977bbb7f-87bd-499b-8868-45bc528b7cdc', 1, 'Created', 1, '{"email":"sid.iyer@example.net","name":"Siddharth Iyer","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$5MQgpDOBQCZE1tnlxGArpw$pqtf8j+pxqLdFzLKcLHfwJZv46sbb4IF2WqkB4XUTuo"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-15T11:13:24.313813Z', 'sha256:973c9fd334e630ecf639e7961289bf5b317082d99602daf8782bda3575659939');
INSERT INTO public.user_events VALUES (37, 'a31bd48a-5de9-4dbe-a158-7a005a3f8276', 'c2329b90-f39a-4867-8544-899c8b6b2593', 1, 'Created', 1, '{"email":"aoife.nibhriain@example.com","name":"Aoife Ní Bhriain","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$X0tn5e9/WCp0sNhVaPLHWA$z6tsA9ZWz70T0O+j2q+autujsGcClabuycY1NuKkgTY"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-15T11:40:48.531452Z', 'sha256:a7322c8b6592e35e21a975aaf877775c52a2a1eaa81c622dee947d23dbaea9f3');
INSERT INTO public.user_events VALUES (38, '76321ffd-da00-43dd-8cb0-3c0ba792a507', 'e9859a10-f8ba-4050-9f07-858388dcb21e', 1, 'Created', 1, '{"email":"alexandros.papadopoulos@example.org","name":"Αλέξανδρος Παπαδόπουλος","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$54z/xyXvTNZNLXw71XcJMQ$S1hD8op09ZYhLBkLMaL0mSxR2nZxFFFgMbt5/CybNMY"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-16T12:35:25.575415Z', 'sha256:621ae7019ca45a4cdeae1164ec972a2eec53e58193c7101fdb4d3c3cf2e0663f');
INSERT INTO public.user_events VALUES (39, 'd3d32d73-787a-464e-9240-89b556ad325f', '962e78ab-cca0-4d77-b5de-1f1e326b8b32', 2, 'Destroyed', 1, '{}', '{"actor":"helpdesk","command":"user destroy"}', '2025-09-16T13:09:39.967653Z', 'sha256:aaedd3c81646b9b6dcf3cdfa7c3f64a7de4fa18a2cc2c3b500328feaf126c1ef');
INSERT INTO public.user_events VALUES (40, '7283c5e3-ca3f-4567-bb07-595dac848143', '6149ea22-8961-4e93-9929-a5f9fcc59c4f', 1, 'Created', 1, '{"email":"arjun.mehta@example.com","name":"Arjun Mehta","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$k1HvPO3jmJOEkyb2s+U06A$5dCUPJggUvxZkbhm6C1oYvZENrTgtXDWWc89wMoHvv0"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-18T08:25:21.060484Z', 'sha256:67d3caf71cb2b02a92bbb07f4772ed9d30871890a4c7d7fe3c1659457393dad7');
INSERT INTO public.user_events VALUES (41, '65d6f45c-cf0b-4b94-8c7f-95f196b62cb2', 'c146d020-1c26-4131-ae8d-68723e477447', 2, 'Destroyed', 1, '{"reason":"left the company"}', '{"actor":"helpdesk","causation_id":"28cc3320-6d0f-47b0-8c93-e86db2c8cbf0","command":"user destroy"}', '2025-09-18T08:46:46.990169Z', 'sha256:81e925006a8b068b38046dd81e98c6ad2d3b80daa58adeda5a0c653fe0398457');
INSERT INTO public.user_events VALUES (42, '6a503ee2-bb0d-4d41-921d-78b200047394', '316948be-2605-4f60-91e6-63eb75328910', 1, 'Created', 1, '{"email":"zainab.hassan@example.org","name":"Zainab Hassan","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$SKcx9ScnD4iZcAj7IE6/TA$tJqI/w4K4wD3G39M58hxwB4it4wHvGqfa3PTbZCMc0M"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-19T08:54:39.520152Z', 'sha256:ad418be88202e6c5b5708158c42bd83857252fa010dd040cc9bf982392cb5de6');
INSERT INTO public.user_events VALUES (43, '7917d8f8-517d-45ac-940f-4b4eef4ccb62', 'e4d2f106-f31d-422f-8bd3-2fa65e67be8f', 2, 'Destroyed', 1, '{"reason":"mailbox handed over"}', '{"actor":"provisioning","causation_id":"d538bc45-2503-4fa7-a321-ebade41a76a5","command":"user destroy"}', '2025-09-20T10:35:13.669399Z', 'sha256:5b814cf7c5cac8403f8e5f6c87ae17079860fcf3259aac2151ff45341d6dcddb');
INSERT INTO public.user_events VALUES (44, 'c784a210-97ab-4340-9f62-33f00898fb1a', '6037eb6a-8ae7-4020-b73c-c2ad63cf48ad', 1, 'Created', 1, '{"email":"joerg.schaefer@eu.example.org","name":"Jörg Schäfer","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$GhH8EY2eNso+Mb+ADkQzgg$+Xr2esrCoU1FgeumzudKYC2eXo+VExcrjaHLvDPWd4c"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-21T12:48:07.731176Z', 'sha256:0f50172bbf496f865fd120ae58308ecb6e2643508815a99b9717fc5a56d01706');
INSERT INTO public.user_events VALUES (45, '3f73f29a-5f91-4cc1-b5b6-1e344f5db499', '172923f7-57f4-4c31-b40d-9e3633e00f92', 1, 'Created', 1, '{"email":"billing@example.com","name":"Αλέξανδρος Παπαδόπουλος (Billing)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$+HbxPyC7J8YHrFp/7JpVOA$ZZeoKUy27L2j3vYQyph6SjGkJe8ydvnw9eKCd4qPEyA"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-22T07:56:13.491226Z', 'sha256:5480ebe389b1dca0f8246e0d867a398df5525194c13476e6e9df1a2f9e7eeaaa');
INSERT INTO public.user_events VALUES (46, '5b6263db-47fa-4cff-ad2b-26907058afe1', 'dea3d6ec-9866-411e-b546-9970bc3395f5', 2, 'Destroyed', 1, '{}', '{"actor":"helpdesk","command":"user destroy"}', '2025-09-22T11:47:27.113191Z', 'sha256:6b1b2e7973b418ace61e292b4b7d01d9d0ec1eec2050366918fc4c0f2b8317ce');
INSERT INTO public.user_events VALUES (47, 'fea198f8-7b3f-46c8-af2b-0ad276dafce6', 'c6fb03cf-f05f-4908-9aba-f7cd5c0ae521', 1, 'Created', 1, '{"email":"ingrid.halvorsen@example.com","name":"Ingrid Halvorsen","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$7dFbgY7RtVV54A0QaRUi5w$GY1WB/pcwlK/5AVoeJEpuXZbuiJSwv6b7PVC2f1DA6E"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-22T15:49:45.729879Z', 'sha256:47481b1774c13595d5829346693dd7a4ce51dfc22cc268aea5a887002caab711');
INSERT INTO public.user_events VALUES (48, '50f5c2a8-2ecb-4619-b857-ab090a473dbe', '81ced410-a4f8-4159-898c-ec932687dda3', 1, 'Created', 1, '{"email":"hana.novakova@eu.example.org","name":"Hana Nováková","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$b9cF9UpsgU03HXI9JCYY+g$rgrDrYFZdozGQKwzculJQkpfYKAt8VgLDQ37DBsBaSQ"}', '{"actor":"provisioning","command":"user create"}', '2025-09-23T08:53:59.982623Z', 'sha256:d2c49a8f507d893808ba06a1fbd828a2fa826eb55f5c219ed114ec7f80a1819a');
INSERT INTO public.user_events VALUES (49, '594e8fcc-ca2c-4f99-a00c-e8ca0ef87b82', '0e24b473-dc71-441c-bbf1-831510754b52', 1, 'Created', 1, '{"email":"olena.kovalenko@example.com","name":"Олена Коваленко","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$4ficX3RfqbqoObHcHvxy7Q$kk8qpQatKkdQpOAIa57YqnJONQH0l3liTRcb8OYOX5Q"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-23T09:05:52.621369Z', 'sha256:2f5efadfd2dbfd3175260239084af2a6118f86fae61addd3504240acd4359d66');
INSERT INTO public.user_events VALUES (50, '58bd07e1-8cef-4201-b132-b4df36bc1998', '679cac0a-82ea-4a1f-b39a-1b71d8664a33', 1, 'Created', 1, '{"email":"mateo.fernandez@example.com","name":"Mateo Fernández","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$Go41t5B29yvkjl2gskIQEw$43hJwJ5ha9iV8PzyegT4NmrkQhdoWjgitHz+mlvu/58"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-23T12:03:00.070982Z', 'sha256:ecd82df353525277e95175f83f9b1772ce985090a57ec1b6bba9dd0109e98146');
INSERT INTO public.user_events VALUES (51, '0dfaabda-3c45-4868-a547-c7db5539b3f4', '8667cbd7-5ca7-483b-82ef-136b91e742a9', 1, 'Created', 1, '{"email":"saoirse.byrne@example.org","name":"Saoirse Byrne","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$4e2FLS4HABwqM7mdZmUZXg$eEFda6Wmcwz0xLDNQSJc4U3tyWnbM+nNnNe3L567E+8"}', '{"actor":"provisioning","command":"user create"}', '2025-09-25T11:01:20.549183Z', 'sha256:26a0cb40789d4826e5efcde10e1fe50e8e551a3303724e81f54541fb5d593a92');
INSERT INTO public.user_events VALUES (52, '97478ed3-f11b-41fc-bd33-32259d85172c', '43e5d298-a5ec-4317-ac9f-8cc85199a51d', 1, 'Created', 1, '{"email":"rafael.oliveira@example.org","name":"Rafael Oliveira","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$NWno/xGApAl9YfssjI48Yw$FbTGi8U+Fzdu0RVmavGT+R/c/tAbBwbOGCcwE6v+Bfk"}', '{"actor":"provisioning","command":"user create"}', '2025-09-25T16:37:16.308641Z', 'sha256:421f595bb16902a6254822e3723c563b754594f70af9de3c1da45652a1103896');
INSERT INTO public.user_events VALUES (72, '982c3343-315d-4720-b391-3d4ba3c35b35', 'ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', 2, 'Destroyed', 1, '{"reason":"left before the upgrade"}', '{"actor":"root","command":"user destroy"}', '2026-12-02T05:42:07.677291Z', 'sha256:5bfee87524b0b7c632e07713b2e95f37a881d1afbc76ae548aa319eb9eb8996a');
INSERT INTO public.user_events VALUES (53, '03cea934-b5c7-46aa-a77a-fbce3218b379', '7de28f75-712c-4260-9484-458990cffb3a', 1, 'Created', 1, '{"email":"priya.raghunathan@example.com","name":"Priya Raghunathan","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$qMSiJYq6jDjl0E1093H3SA$6881K0L3iNeWqIKT3tzJCqbb5h5QSpV3v9f1QEYlPUU"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-25T17:42:21.435953Z', 'sha256:7d7797cc24f50bdd8ac0233d231a7abff631b7b804f2a8da5072736749d2ab80');
INSERT INTO public.user_events VALUES (54, 'bee0c296-40f6-4d66-8ade-60fd4f34b496', 'f0a5e04a-1eae-4339-b396-05e8a0816f3f', 1, 'Created', 1, '{"email":"hoa.nguyen@example.org","name":"Nguyễn Thị Hoa","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$LK9G+RABvUJO533qm2J0Fg$02A3OesPrtryp7LQq7/uT7P35LXHJLS8A9EpG0QKFNI"}', '{"actor":"provisioning","command":"user create"}', '2025-09-26T08:11:47.960625Z', 'sha256:af5def870486c6e653025ec0c03bb4188c51b62272a63eb2d21c0c4be5640501');
INSERT INTO public.user_events VALUES (55, 'fc9b2be3-ef0b-4f12-b63f-ef5fcfbbe1e2', 'b5aab4a8-f42c-4c59-8a03-3ef80a55935e', 2, 'Destroyed', 1, '{}', '{"actor":"provisioning","command":"user destroy"}', '2025-09-26T10:54:49.164478Z', 'sha256:86352f661035175a8969fe0445ef4aa002d1b7766fe634bace54e6dc94341b22');
INSERT INTO public.user_events VALUES (56, '08680c6f-0539-48a3-b436-0146cafd6296', '52a7f245-1dc0-4bd7-a28e-547b63fd7881', 1, 'Created', 1, '{"email":"anais.lefevre@example.com","name":"Anaïs Lefèvre","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$dy7ic812q9G5jYKMZY3WPw$zSvTh9H2SondPxQg67WevJ0I4Y6J3BbNFaqWZ/Y3j4g"}', '{"actor":"provisioning","command":"user create"}', '2025-09-26T11:46:00.998325Z', 'sha256:f4e02f8df68972ef9606d4ea5af70a6a9bbe596a95cab2310583b6203387e5e0');
INSERT INTO public.user_events VALUES (57, 'dbcc2386-bbde-4c70-941a-adfa488243d2', 'f9250d18-3b2f-4cae-a027-07987163849f', 1, 'Created', 1, '{"email":"lars.eriksson@example.net","name":"Lars Eriksson","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$vkjFVsRfOw6mUBHu9aKZsA$MiRuG7WrVEprMGc/fV5aucVGcGjf5+UQtFfXbuMLsFQ"}', '{"actor":"provisioning","command":"user create"}', '2025-09-26T14:50:15.298668Z', 'sha256:0f43ea6b28a0e2048366ea26a188c66ea048b71f9454f63a86855db2980f26a5');
INSERT INTO public.user_events VALUES (58, 'f6d3f12c-f392-443b-aa8b-08194fe3e7c0', 'c6714292-da14-4b56-ace2-7abd2f043312', 1, 'Created', 1, '{"email":"minjun.park@example.com","name":"박민준","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$uMZLGItix++ZwABp3VH2hQ$XfpIjsXoAcdQGSink4Du6uLP9V8adBGZmIWFqTzWAco"}', '{"actor":"provisioning","command":"user create"}', '2025-09-27T08:32:33.501531Z', 'sha256:2e4561d59dbfb445f7009a80f36eb7a287a3f0c9abc007aebfdc6a2e0f51a63a');
INSERT INTO public.user_events VALUES (59, '2cf1f64e-f3a2-48db-b61d-a56fbc3d1d0f', '5217bb99-8ac5-4d8c-b45d-0182737b0c81', 1, 'Created', 1, '{"email":"sofia.mueller@example.org","name":"Sofia Müller","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$hFBmsVXgAtemr2A2Rnf6Eg$1V3OiaREc3YzS3kZTFf8OxFX7zoPyKGlLNZlze2fk3w"}', '{"actor":"provisioning","command":"user create"}', '2025-09-27T10:56:53.454987Z', 'sha256:12d11bfdd1e33387660c0ef742a563e0dc3c0398985ceaa2ec40428c76b15ed0');
INSERT INTO public.user_events VALUES (60, 'ba52c349-b00d-41ef-8705-3423f0580e2a', 'a8679619-cc64-4fc5-87dd-944007ab6095', 1, 'Created', 1, '{"email":"wei.zhang@example.net","name":"张伟","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$i92nZXg74q+KODUkVFFQdg$6fOs7NhvrFameR07W5ZnAaxIeb8mH88r9Ndyaj1Qw10"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-27T11:09:16.665915Z', 'sha256:8efd609c7fec6267d35328ad0942b852e2bd45d46da093c3a2812f6d383680c5');
INSERT INTO public.user_events VALUES (61, '554e19f6-bc59-48d6-a0f7-ac0316f37051', 'a8679619-cc64-4fc5-87dd-944007ab6095', 2, 'Destroyed', 1, '{"reason":"spam sign-up"}', '{"actor":"anna.ops","causation_id":"67c403a9-043c-4460-8b65-433eed3ea0cc","command":"user destroy"}', '2025-09-28T09:19:19.730895Z', 'sha256:2119ee01ffafd174f309da3d40cd55f8da76bb42c76c99167bf683818339be3b');
INSERT INTO public.user_events VALUES (62, '43601dd2-0082-4d03-a68c-920f8f004f41', '4d9973bb-7cc8-4942-81be-930494ab99e7', 1, 'Created', 1, '{"email":"soren.kristensen@example.net","name":"Søren Kristensen","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$xuo2tzDbn8dg/59152CHjg$mwQj1ntAO5wb3eLiDZ3fVpHG91JOjgW3bq0ylLuvzsY"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-28T12:08:47.086205Z', 'sha256:e10526c0a774c85c865a3c57b5633ae1905a29dda2e0de97e83afd491212c48d');
INSERT INTO public.user_events VALUES (63, '91fe8a95-1b11-4e15-95c0-d1897cfa2f9b', '75956a7d-8bfb-4f7f-b4ca-e0759656eab5', 1, 'Created', 1, '{"email":"nadia.haddad@example.com","name":"Nadia Haddad","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$OpZ5RrrdXYHdf4l4UpXWEw$9xiUIam140mxg8q2lTeaZEdtjpLMhGt9Q8d1Hcnf6mc"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-28T14:29:48.591567Z', 'sha256:e782d6b3a945b7f8ad587111841fabf5866e583d21b964c772fa11074119efb9');
INSERT INTO public.user_events VALUES (64, '35c64943-ec2f-42bf-ab4f-aa324cfd3ad1', 'ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', 1, 'Created', 1, '{"email":"amara.okafor@example.com","name":"Amara Okafor","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$HFrD31RjfWCxF5dSGeLJOQ$zQZnsSyIXC8uW6Jv1sn6med3NOHZNKMjg61kuwduNBQ"}', '{"actor":"provisioning","command":"user create"}', '2025-09-28T15:27:30.346632Z', 'sha256:93de2a972d5035500311a66566439ea81cc4fa4efcb7ec00c4c14192d7a0819c');
INSERT INTO public.user_events VALUES (65, 'c916351b-a2a5-4fde-96cf-fc69d004fcdb', '8667cbd7-5ca7-483b-82ef-136b91e742a9', 2, 'Destroyed', 1, '{"reason":"contract ended"}', '{"actor":"anna.ops","causation_id":"e1a782b7-8627-44ee-9415-1240f04f0bd6","command":"user destroy"}', '2025-10-04T13:02:56.227798Z', 'sha256:0d6cad00cc9b748e4cb7f4c056a0e629ad46e227df45b4ddf540942aadb34297');
INSERT INTO public.user_events VALUES (66, '99f894ce-8abb-4f7c-a21f-7764a022f367', '7de28f75-712c-4260-9484-458990cffb3a', 2, 'Destroyed', 1, '{}', '{"actor":"provisioning","command":"user destroy"}', '2025-10-04T14:29:47.943147Z', 'sha256:32656f45619132b2571444af503f6ed07bb2743a0bc98f24260eb0776e9bc394');
INSERT INTO public.user_events VALUES (67, '3f495841-2b42-4a0e-b4ec-cc70640e6839', '9e1ea4fb-0218-4342-ae26-903cdeeb07b1', 1, 'Created', 1, '{"email":"saoirse.byrne@example.org","name":"Saoirse Byrne","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$MqTUrWROdboIvoYTv55wrA$PjswgIku63Ea689Z5sYcCB9UFAicChJDOn2GY35l55I"}', '{"actor":"mkowalski","command":"user create"}', '2025-10-06T16:39:25.289920Z', 'sha256:460456fce8f3a52bd6b87f86a3ca8359fd0f8d1ba547757c43a2a7330631cfb7');
INSERT INTO public.user_events VALUES (68, 'b3262915-809f-478f-b7a5-10c2271afdc9', 'e9b55aaa-784c-4c64-bd3a-e1398326f46d', 1, 'Created', 1, '{"email":"priya.raghunathan@example.com","name":"Priya Raghunathan","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$Kcfxk3Fn19s7tPYHgaUsAQ$qX8g8QMAHHlskU5VE5VuNxg0o4o81TLPLvsmGRVYyY8"}', '{"actor":"mkowalski","command":"user create"}', '2025-10-07T07:38:04.864601Z', 'sha256:fd540636b7830e8ac8057f44c6411a72e5c756bca716b5dbf7cab0525eff7286');
INSERT INTO public.user_events VALUES (69, 'f321422c-219a-435b-be41-4bc590dd33b0', '5217bb99-8ac5-4d8c-b45d-0182737b0c81', 2, 'Destroyed', 1, '{}', '{"actor":"helpdesk","command":"user destroy"}', '2025-10-08T11:44:21.335406Z', 'sha256:08f308315751dcae04a3d005f06489a1b929105371f407d64fe556bc8a76fdcc');
INSERT INTO public.user_events VALUES (70, '25695c38-c5e9-4995-a545-bf309e5e6903', 'a86b9557-0fad-43fa-9dc2-4ddc591b92ff', 1, 'Created', 1, '{"email":"sofia.mueller@example.org","name":"Sofia Müller","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$KpvPfMASQK5UfDgVawsUKA$xGjfcyPpqwpZ1FjTPvUVROXkRSZd4j3X6xjEoVAXJxI"}', '{"actor":"anna.ops","command":"user create"}', '2025-10-10T11:58:57.654164Z', 'sha256:8f8fb04b9aacb397a7c51cd6fec3d76b7ea4815620cc642c48108b3f3431e726');
INSERT INTO public.user_events VALUES (71, 'dd422a44-daa6-4218-abcc-2cd847d790b0', 'b4e212b7-c0bd-4b9e-9dcc-e1e688579b25', 1, 'Created', 1, '{"email":"vera@example.com","name":"Vera One","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$aK1VCiFECIEw5lyrFaI0Zg$iiTBVB0VTQ7XS3Ya2K7q8W9NoEl97JUSIsEcOzsozww"}', '{"actor":"root","command":"user create"}', '2026-12-02T05:42:01.311653Z', 'sha256:e3d83b684cabc7e26b0fef389c2a6a93f9761619c40651c3fd0084cf0e4f497c');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('825c234d-e806-46da-9c3b-296f737fa202', 'José María García', 'josemaria.garcia@example.com', 'josemaria.garcia@example.com', '$argon2id$v=19$m=65536,t=3,p=4$5jkvcz9PKzGi9EqBXvSXaw$Sbje8U45g76h2I29bHOSNJ1hEn9jxndVntLCiuMHlK4', true, 2, '2025-09-01T09:44:40.816316Z', '2025-09-03T07:51:42.930845Z', '2025-09-03T07:51:42.930845Z', 'requested deletion of their account');
INSERT INTO public.users VALUES ('6eb6f418-5202-4f48-a96f-d48ae0007d4c', 'Ingrid Halvorsen (Support)', 'support@example.org', 'support@example.org', '$argon2id$v=19$m=65536,t=3,p=4$Hz1lRiFmBvUVV0p9av+EPg$q+C/HctWFCTwp2jaajGPTpKl7lSh2ULHfdHjajkfAQM', true, 2, '2025-09-01T13:16:23.813365Z', '2025-09-09T17:03:39.484145Z', '2025-09-09T17:03:39.484145Z', 'mailbox handed over');
INSERT INTO public.users VALUES ('019f3309-fd3f-4751-8129-c8d44590ce45', 'Elif Demir', 'elif.demir@example.com', 'elif.demir@example.com', '$argon2id$v=19$m=65536,t=3,p=4$pweqqGjra+BEug5zrmjK5g$/HoAqqt7nk+kmq1cZ0cYSINc6r9++Gla3GJMnH4ROO4', false, 1, '2025-09-02T08:22:42.627883Z', '2025-09-02T08:22:42.627883Z', NULL, NULL);
INSERT INTO public.users VALUES ('b90cdebf-f67f-4236-96b0-ab8ab3af99d5', 'Tomás Ó Súilleabháin', 'tomas.osullivan@example.com', 'tomas.osullivan@example.com', '$argon2id$v=19$m=65536,t=3,p=4$ZK+sbT9VCSqNhH3lBtdLNg$20LPJhrV2ZUp+LxzOYL3ysFnDgdvUEH2eciN7CQwFDQ', false, 1, '2025-09-02T09:49:34.632924Z', '2025-09-02T09:49:34.632924Z', NULL, NULL);
INSERT INTO public.users VALUES ('4ce1684b-d6f1-4114-a71e-c3fe1c4aea01', 'Łukasz Kowalski', 'lukasz.kowalski@example.com', 'lukasz.kowalski@example.com', '$argon2id$v=19$m=65536,t=3,p=4$zs8yqQZ4V//9jNwyKtv+TQ$Wt1KAQ6dAzpgp9ku7ujxvuFD84oNwzdUBnmujwrtwQ8', false, 1, '2025-09-03T07:12:48.208450Z', '2025-09-03T07:12:48.208450Z', NULL, NULL);
INSERT INTO public.users VALUES ('702d6f2b-211c-4228-b7e7-5ee9817f2824', 'Dmitri Volkov', 'dmitri.volkov@example.com', 'dmitri.volkov@example.com', '$argon2id$v=19$m=65536,t=3,p=4$eScHQNwe7/f/9B8yzxxOdA$yJqylZ07mgVYX1nGXsMIDX1JXg6naK3r1m0A6cs2NTc', false, 1, '2025-09-03T08:27:07.185972Z', '2025-09-03T08:27:07.185972Z', NULL, NULL);
INSERT INTO public.users VALUES ('1d02f9ae-f581-41fb-a7ef-524db10700cd', 'Diego Ramírez', 'diego.ramirez@example.org', 'diego.ramirez@example.org', '$argon2id$v=19$m=65536,t=3,p=4$sjC9pIjg6d8BEtGbEWciEg$cgjpTdeE1IdT0P6UkEV68BYi24Uj0glEc3u8r+O56Gs', false, 1, '2025-09-03T17:38:42.443521Z', '2025-09-03T17:38:42.443521Z', NULL, NULL);
INSERT INTO public.users VALUES ('c78c988d-4352-4313-84ff-6c386cd38c0d', 'Omar Farouk', 'omar.farouk@example.com', 'omar.farouk@example.com', '$argon2id$v=19$m=65536,t=3,p=4$kmEGTmR67hLJKbkonZxI+Q$v3iozzXQN3JOEEV7JydJTK1AeHx7Uj/UXwWwi7FAku8', false, 1, '2025-09-04T10:15:00.657570Z', '2025-09-04T10:15:00.657570Z', NULL, NULL);
INSERT INTO public.users VALUES ('5491448c-be5a-4f5a-b9fa-1d6a496a8f48', 'Thandiwe Dlamini', 'thandi.dlamini@example.com', 'thandi.dlamini@example.com', '$argon2id$v=19$m=65536,t=3,p=4$N2Xpxehe/JULUpMQSRBHtQ$CB/jwx0w4T9ErCFcmz8tdw+ji7CtX+ci6+Ldr6iY0lE', true, 2, '2025-09-04T15:57:09.444619Z', '2025-09-13T11:41:55.689851Z', '2025-09-13T11:41:55.689851Z', 'requested deletion of their account');
INSERT INTO public.users VALUES ('8f2fb77e-f556-46a5-9f65-f2ba94028add', 'Björn Lindqvist', 'bjorn.lindqvist@example.net', 'bjorn.lindqvist@example.net', '$argon2id$v=19$m=65536,t=3,p=4$x3YJHx4kUHKJUmOftxE68g$M+a/Nwjw8HAbRxynjYQ3MpN3+jvDujZMrwv+kRg9h+A', true, 2, '2025-09-04T17:17:56.774946Z', '2025-09-06T14:17:17.018770Z', '2025-09-06T14:17:17.018770Z', NULL);
INSERT INTO public.users VALUES ('e4d2f106-f31d-422f-8bd3-2fa65e67be8f', 'Ingrid Halvorsen (Billing)', 'billing@example.com', 'billing@example.com', '$argon2id$v=19$m=65536,t=3,p=4$AoKMyab90YzxjITrpYOJVg$HoBuOsA2pEvP+yiYfwa/37jYDFA/GVDfzncKWkk9AZE', true, 2, '2025-09-05T10:03:30.222040Z', '2025-09-20T10:35:13.669399Z', '2025-09-20T10:35:13.669399Z', 'mailbox handed over');
INSERT INTO public.users VALUES ('962e78ab-cca0-4d77-b5de-1f1e326b8b32', 'Marta Wiśniewska', 'marta.wisniewska@example.org', 'marta.wisniewska@example.org', '$argon2id$v=19$m=65536,t=3,p=4$3ZRIAH45YkFTv+KRnNWfjA$uXUZ/DUoEvUPHgF5gaQLQYeEy3FJp6XUgTbIT5mrAZM', true, 2, '2025-09-06T10:35:42.028933Z', '2025-09-16T13:09:39.967653Z', '2025-09-16T13:09:39.967653Z', NULL);
INSERT INTO public.users VALUES ('ebea2b28-2006-4ddb-98c4-af8c5b2c505f', 'Leilani Kahale', 'leilani.kahale@example.net', 'leilani.kahale@example.net', '$argon2id$v=19$m=65536,t=3,p=4$//VbNb852Ae2Ci4HwSsCng$S+MXl7kg5IqNT9NJZn5gstpUfI6eFwkod9I9LU5OgtA', false, 1, '2025-09-06T13:10:14.670483Z', '2025-09-06T13:10:14.670483Z', NULL, NULL);
INSERT INTO public.users VALUES ('2c4b3af3-fd31-43fe-a385-0dd054ce84cf', 'Fatima Zahra Benali', 'fz.benali@example.net', 'fz.benali@example.net', '$argon2id$v=19$m=65536,t=3,p=4$Ui+cU4cW0qxSuTOaVEl6Uw$irK6nW//imlEbnZ3K4e3XtEOpjVulQ7/HDOpe8u7qy8', false, 1, '2025-09-06T16:45:38.244329Z', '2025-09-06T16:45:38.244329Z', NULL, NULL);
INSERT INTO public.users VALUES ('71d6c5bd-33cd-491b-9cd8-88d5c023fe76', 'Camila Rojas', 'camila.rojas@mail.example.com', 'camila.rojas@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$+siXNYpxU+sHVXdDTto5wA$Xhe2rem8tQ4krgder3s4g+GyDwx3Z549h3ODvQHRyao', false, 1, '2025-09-07T08:22:48.409679Z', '2025-09-07T08:22:48.409679Z', NULL, NULL);
INSERT INTO public.users VALUES ('612830c0-0444-48a5-a286-78a397e94748', 'Chloé Dubois', 'chloe.dubois@example.net', 'chloe.dubois@example.net', '$argon2id$v=19$m=65536,t=3,p=4$mfd/PxrNuZEmlVetyIJNmg$20AHiFy+zq/fkctmHWWhaHpJEoWo2TpWheF6XF2+cBQ', false, 1, '2025-09-07T13:21:52.074445Z', '2025-09-07T13:21:52.074445Z', NULL, NULL);
INSERT INTO public.users VALUES ('c3b96aae-e11a-41dc-8f6d-aaf9a3a549d3', 'Tuğba Aksoy', 'tugba.aksoy@example.com', 'tugba.aksoy@example.com', '$argon2id$v=19$m=65536,t=3,p=4$JEkCj4v2ag6qzq+bOyi5NA$Cdw/oOvjKgLdAcsGNTslQbdKc85lBhtFC73ffiqiKik', false, 1, '2025-09-08T08:03:21.206824Z', '2025-09-08T08:03:21.206824Z', NULL, NULL);
INSERT INTO public.users VALUES ('c146d020-1c26-4131-ae8d-68723e477447', '田中 優希', 'yuki.tanaka@example.org', 'yuki.tanaka@example.org', '$argon2id$v=19$m=65536,t=3,p=4$SIuiDlT4O3NQnUjbikUf8A$ysBolxjicLHS7pHyQYzalXLWbNXsTzsmH+M+ogORODY', true, 2, '2025-09-08T15:04:34.498011Z', '2025-09-18T08:46:46.990169Z', '2025-09-18T08:46:46.990169Z', 'left the company');
INSERT INTO public.users VALUES ('e562e0d7-6681-4a0c-a8b6-d12c67bbb874', 'Émile Gagnon', 'emile.gagnon@example.com', 'emile.gagnon@example.com', '$argon2id$v=19$m=65536,t=3,p=4$gwv0q+iFpTZo2DTJnohCLA$hz1A4LxAJU7qY/YdZ5lgmU4r+DXwh2qm981EBQ3vvk8', false, 1, '2025-09-08T16:45:55.450517Z', '2025-09-08T16:45:55.450517Z', NULL, NULL);
INSERT INTO public.users VALUES ('341456e1-cc39-4bb8-b787-a2b9622d610e', 'Ahmed El-Sayed', 'ahmed.elsayed@example.com', 'ahmed.elsayed@example.com', '$argon2id$v=19$m=65536,t=3,p=4$KM5QL4zbmObHO/rhl5TfuQ$3klvdpt7zQeaIP7T942Q2tArZNmvSaRBttYHHX8bvDo', true, 2, '2025-09-08T17:38:27.556064Z', '2025-09-09T08:22:33.055999Z', '2025-09-09T08:22:33.055999Z', 'left the company');
INSERT INTO public.users VALUES ('58d382b2-6841-4932-9a96-7144e2d70d5e', 'Mei-Ling Chen', 'meiling.chen@example.net', 'meiling.chen@example.net', '$argon2id$v=19$m=65536,t=3,p=4$hqswjvG8Gv9XlNmpUCs8lw$eBMtPHFCV8CS01Th8YFSzmgihnRQH6SMfOdf4gx/ENA', false, 1, '2025-09-09T09:07:44.764625Z', '2025-09-09T09:07:44.764625Z', NULL, NULL);
INSERT INTO public.users VALUES ('e312c9a9-64c3-496e-988f-7f28b460a5b2', 'Aylin Yılmaz', 'aylin.yilmaz@example.com', 'aylin.yilmaz@example.com', '$argon2id$v=19$m=65536,t=3,p=4$MHXfBFZOsISILImYaPWM0A$GUEQXKjnBuPP7tkn5Nc9kbhL+PwSyRpZztezXb9Mc4o', false, 1, '2025-09-09T10:30:12.346839Z', '2025-09-09T10:30:12.346839Z', NULL, NULL);
INSERT INTO public.users VALUES ('dea3d6ec-9866-411e-b546-9970bc3395f5', 'Giulia Romano', 'giulia.romano@eu.example.org', 'giulia.romano@eu.example.org', '$argon2id$v=19$m=65536,t=3,p=4$YfpiELXZYmomiJ+kxIn+ow$W9jQc3BLcnwIxX8GBOU5sD6ymbb3NhhAgO8wZt5aX6Y', true, 2, '2025-09-10T09:14:57.458254Z', '2025-09-22T11:47:27.113191Z', '2025-09-22T11:47:27.113191Z', NULL);
INSERT INTO public.users VALUES ('2e18dc86-9279-409e-b04c-9aa256247493', 'Noa Levi', 'noa.levi@mail.example.com', 'noa.levi@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$2Jkl5laDhYdh2MTM/lWwAg$BwV6OfPC+WlEosGhmpOapdFqwinKIMEoxVlfdI7/OHg', false, 1, '2025-09-11T17:42:59.639255Z', '2025-09-11T17:42:59.639255Z', NULL, NULL);
INSERT INTO public.users VALUES ('a4ccb8d2-586e-48f1-9ab0-6ed1f8756db0', 'Giulia Romano (Support)', 'support@example.org', 'support@example.org', '$argon2id$v=19$m=65536,t=3,p=4$0qFN09Z4KlBybXE1VUG26A$yN34DavCxTXTasCc3EwgfvV3Zm+dOJ1lOitiOosqJEE', false, 1, '2025-09-12T07:46:00.138964Z', '2025-09-12T07:46:00.138964Z', NULL, NULL);
INSERT INTO public.users VALUES ('3ea342ce-4e2f-448e-97fb-22fb1c37b7e3', '渡辺 健二', 'kenji.watanabe@example.org', 'kenji.watanabe@example.org', '$argon2id$v=19$m=65536,t=3,p=4$JxdMge9rB+ko6RjJcFegrw$xCgwQvYv4JaeZ/K1Re8g38xTPbeuaYrHR/S2WGld7x8', false, 1, '2025-09-12T08:17:58.560550Z', '2025-09-12T08:17:58.560550Z', NULL, NULL);
INSERT INTO public.users VALUES ('8f766267-e22e-45f4-9c76-9aceb5d587f1', 'Thandiwe Dlamini', 'thandi.dlamini@example.com', 'thandi.dlamini@example.com', '$argon2id$v=19$m=65536,t=3,p=4$U3HMkr9EYOWVTeAubWl7mg$08LsIvBp3muf/aWlOPt01A92dj2Vt9zq8Oj0WbSN37o', false, 1, '2025-09-13T15:19:32.212171Z', '2025-09-13T15:19:32.212171Z', NULL, NULL);
INSERT INTO public.users VALUES ('3f1a8d7b-8724-4d6c-8866-f39b61e15599', 'Oluwaseun Adeyemi', 'seun.adeyemi@mail.example.com', 'seun.adeyemi@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$L+HUJpjj3Y5ZgiE53N4fGw$7e8n8vQFTZdFgv4JescQG0hG8IHwWD8+Mdxx980sZtU', false, 1, '2025-09-14T13:28:29.764319Z', '2025-09-14T13:28:29.764319Z', NULL, NULL);
INSERT INTO public.users VALUES ('b5aab4a8-f42c-4c59-8a03-3ef80a55935e', 'Kwame Mensah', 'kwame.mensah@example.com', 'kwame.mensah@example.com', '$argon2id$v=19$m=65536,t=3,p=4$GT7AE4lAk9Wi2wEcg9y5UA$TLK1x+UzBtiAyNE0qVQmv9+PHwN3LRt3AWuBoUtFHzg', true, 2, '2025-09-15T09:37:57.087862Z', '2025-09-26T10:54:49.164478Z', '2025-09-26T10:54:49.164478Z', NULL);
INSERT INTO public.users VALUES ('ecc1eb5a-d897-4ec6-9a01-4aab057793a3', 'Isabela Costa', 'isabela.costa@mail.example.com', 'isabela.costa@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$HvAOSzB8nlmWACeY8ftuXQ$QKjpILUhxfSU45W9cQbZUamDlHL4JVuy974fpmSi3cY', false, 1, '2025-09-15T10:22:54.212297Z', '2025-09-15T10:22:54.212297Z', NULL, NULL);
INSERT INTO public.users VALUES ('977bbb7f-87bd-499b-8868-45bc528b7cdc', 'Siddharth Iyer', 'sid.iyer@example.net', 'sid.iyer@example.net', '$argon2id$v=19$m=65536,t=3,p=4$5MQgpDOBQCZE1tnlxGArpw$pqtf8j+pxqLdFzLKcLHfwJZv46sbb4IF2WqkB4XUTuo', false, 1, '2025-09-15T11:13:24.313813Z', '2025-09-15T11:13:24.313813Z', NULL, NULL);
INSERT INTO public.users VALUES ('c2329b90-f39a-4867-8544-899c8b6b2593', 'Aoife Ní Bhriain', 'aoife.nibhriain@example.com', 'aoife.nibhriain@example.com', '$argon2id$v=19$m=65536,t=3,p=4$X0tn5e9/WCp0sNhVaPLHWA$z6tsA9ZWz70T0O+j2q+autujsGcClabuycY1NuKkgTY', false, 1, '2025-09-15T11:40:48.531452Z', '2025-09-15T11:40:48.531452Z', NULL, NULL);
INSERT INTO public.users VALUES ('e9859a10-f8ba-4050-9f07-858388dcb21e', 'Αλέξανδρος Παπαδόπουλος', 'alexandros.papadopoulos@example.org', 'alexandros.papadopoulos@example.org', '$argon2id$v=19$m=65536,t=3,p=4$54z/xyXvTNZNLXw71XcJMQ$S1hD8op09ZYhLBkLMaL0mSxR2nZxFFFgMbt5/CybNMY', false, 1, '2025-09-16T12:35:25.575415Z', '2025-09-16T12:35:25.575415Z', NULL, NULL);
INSERT INTO public.users VALUES ('6149ea22-8961-4e93-9929-a5f9fcc59c4f', 'Arjun Mehta', 'arjun.mehta@example.com', 'arjun.mehta@example.com', '$argon2id$v=19$m=65536,t=3,p=4$k1HvPO3jmJOEkyb2s+U06A$5dCUPJggUvxZkbhm6C1oYvZENrTgtXDWWc89wMoHvv0', false, 1, '2025-09-18T08:25:21.060484Z', '2025-09-18T08:25:21.060484Z', NULL, NULL);
INSERT INTO public.users VALUES ('316948be-2605-4f60-91e6-63eb75328910', 'Zainab Hassan', 'zainab.hassan@example.org', 'zainab.hassan@example.org', '$argon2id$v=19$m=65536,t=3,p=4$SKcx9ScnD4iZcAj7IE6/TA$tJqI/w4K4wD3G39M58hxwB4it4wHvGqfa3PTbZCMc0M', false, 1, '2025-09-19T08:54:39.520152Z', '2025-09-19T08:54:39.520152Z', NULL, NULL);
INSERT INTO public.users VALUES ('6037eb6a-8ae7-4020-b73c-c2ad63cf48ad', 'Jörg Schäfer', 'joerg.schaefer@eu.example.org', 'joerg.schaefer@eu.example.org', '$argon2id$v=19$m=65536,t=3,p=4$GhH8EY2eNso+Mb+ADkQzgg$+Xr2esrCoU1FgeumzudKYC2eXo+VExcrjaHLvDPWd4c', false, 1, '2025-09-21T12:48:07.731176Z', '2025-09-21T12:48:07.731176Z', NULL, NULL);
INSERT INTO public.users VALUES ('172923f7-57f4-4c31-b40d-9e3633e00f92', 'Αλέξανδρος Παπαδόπουλος (Billing)', 'billing@example.com', 'billing@example.com', '$argon2id$v=19$m=65536,t=3,p=4$+HbxPyC7J8YHrFp/7JpVOA$ZZeoKUy27L2j3vYQyph6SjGkJe8ydvnw9eKCd4qPEyA', false, 1, '2025-09-22T07:56:13.491226Z', '2025-09-22T07:56:13.491226Z', NULL, NULL);
INSERT INTO public.users VALUES ('c6fb03cf-f05f-4908-9aba-f7cd5c0ae521', 'Ingrid Halvorsen', 'ingrid.halvorsen@example.com', 'ingrid.halvorsen@example.com', '$argon2id$v=19$m=65536,t=3,p=4$7dFbgY7RtVV54A0QaRUi5w$GY1WB/pcwlK/5AVoeJEpuXZbuiJSwv6b7PVC2f1DA6E', false, 1, '2025-09-22T15:49:45.729879Z', '2025-09-22T15:49:45.729879Z', NULL, NULL);
INSERT INTO public.users VALUES ('81ced410-a4f8-4159-898c-ec932687dda3', 'Hana Nováková', 'hana.novakova@eu.example.org', 'hana.novakova@eu.example.org', '$argon2id$v=19$m=65536,t=3,p=4$b9cF9UpsgU03HXI9JCYY+g$rgrDrYFZdozGQKwzculJQkpfYKAt8VgLDQ37DBsBaSQ', false, 1, '2025-09-23T08:53:59.982623Z', '2025-09-23T08:53:59.982623Z', NULL, NULL);
INSERT INTO public.users VALUES ('0e24b473-dc71-441c-bbf1-831510754b52', 'Олена Коваленко', 'olena.kovalenko@example.com', 'olena.kovalenko@example.com', '$argon2id$v=19$m=65536,t=3,p=4$4ficX3RfqbqoObHcHvxy7Q$kk8qpQatKkdQpOAIa57YqnJONQH0l3liTRcb8OYOX5Q', false, 1, '2025-09-23T09:05:52.621369Z', '2025-09-23T09:05:52.621369Z', NULL, NULL);
INSERT INTO public.users VALUES ('679cac0a-82ea-4a1f-b39a-1b71d8664a33', 'Mateo Fernández', 'mateo.fernandez@example.com', 'mateo.fernandez@example.com', '$argon2id$v=19$m=65536,t=3,p=4$Go41t5B29yvkjl2gskIQEw$43hJwJ5ha9iV8PzyegT4NmrkQhdoWjgitHz+mlvu/58', false, 1, '2025-09-23T12:03:00.070982Z', '2025-09-23T12:03:00.070982Z', NULL, NULL);
INSERT INTO public.users VALUES ('8667cbd7-5ca7-483b-82ef-136b91e742a9', 'Saoirse Byrne', 'saoirse.byrne@example.org', 'saoirse.byrne@example.org', '$argon2id$v=19$m=65536,t=3,p=4$4e2FLS4HABwqM7mdZmUZXg$eEFda6Wmcwz0xLDNQSJc4U3tyWnbM+nNnNe3L567E+8', true, 2, '2025-09-25T11:01:20.549183Z', '2025-10-04T13:02:56.227798Z', '2025-10-04T13:02:56.227798Z', 'contract ended');
INSERT INTO public.users VALUES ('43e5d298-a5ec-4317-ac9f-8cc85199a51d', 'Rafael Oliveira', 'rafael.oliveira@example.org', 'rafael.oliveira@example.org', '$argon2id$v=19$m=65536,t=3,p=4$NWno/xGApAl9YfssjI48Yw$FbTGi8U+Fzdu0RVmavGT+R/c/tAbBwbOGCcwE6v+Bfk', false, 1, '2025-09-25T16:37:16.308641Z', '2025-09-25T16:37:16.308641Z', NULL, NULL);
INSERT INTO public.users VALUES ('7de28f75-712c-4260-9484-458990cffb3a', 'Priya Raghunathan', 'priya.raghunathan@example.com', 'priya.raghunathan@example.com', '$argon2id$v=19$m=65536,t=3,p=4$qMSiJYq6jDjl0E1093H3SA$6881K0L3iNeWqIKT3tzJCqbb5h5QSpV3v9f1QEYlPUU', true, 2, '2025-09-25T17:42:21.435953Z', '2025-10-04T14:29:47.943147Z', '2025-10-04T14:29:47.943147Z', NULL);
INSERT INTO public.users VALUES ('f0a5e04a-1eae-4339-b396-05e8a0816f3f', 'Nguyễn Thị Hoa', 'hoa.nguyen@example.org', 'hoa.nguyen@example.org', '$argon2id$v=19$m=65536,t=3,p=4$LK9G+RABvUJO533qm2J0Fg$02A3OesPrtryp7LQq7/uT7P35LXHJLS8A9EpG0QKFNI', false, 1, '2025-09-26T08:11:47.960625Z', '2025-09-26T08:11:47.960625Z', NULL, NULL);
INSERT INTO public.users VALUES ('52a7f245-1dc0-4bd7-a28e-547b63fd7881', 'Anaïs Lefèvre', 'anais.lefevre@example.com', 'anais.lefevre@example.com', '$argon2id$v=19$m=65536,t=3,p=4$dy7ic812q9G5jYKMZY3WPw$zSvTh9H2SondPxQg67WevJ0I4Y6J3BbNFaqWZ/Y3j4g', false, 1, '2025-09-26T11:46:00.998325Z', '2025-09-26T11:46:00.998325Z', NULL, NULL);
INSERT INTO public.users VALUES ('f9250d18-3b2f-4cae-a027-07987163849f', 'Lars Eriksson', 'lars.eriksson@example.net', 'lars.eriksson@example.net', '$argon2id$v=19$m=65536,t=3,p=4$vkjFVsRfOw6mUBHu9aKZsA$MiRuG7WrVEprMGc/fV5aucVGcGjf5+UQtFfXbuMLsFQ', false, 1, '2025-09-26T14:50:15.298668Z', '2025-09-26T14:50:15.298668Z', NULL, NULL);
INSERT INTO public.users VALUES ('c6714292-da14-4b56-ace2-7abd2f043312', '박민준', 'minjun.park@example.com', 'minjun.park@example.com', '$argon2id$v=19$m=65536,t=3,p=4$uMZLGItix++ZwABp3VH2hQ$XfpIjsXoAcdQGSink4Du6uLP9V8adBGZmIWFqTzWAco', false, 1, '2025-09-27T08:32:33.501531Z', '2025-09-27T08:32:33.501531Z', NULL, NULL);
INSERT INTO public.users VALUES ('5217bb99-8ac5-4d8c-b45d-0182737b0c81', 'Sofia Müller', 'sofia.mueller@example.org', 'sofia.mueller@example.org', '$argon2id$v=19$m=65536,t=3,p=4$hFBmsVXgAtemr2A2Rnf6Eg$1V3OiaREc3YzS3kZTFf8OxFX7zoPyKGlLNZlze2fk3w', true, 2, '2025-09-27T10:56:53.454987Z', '2025-10-08T11:44:21.335406Z', '2025-10-08T11:44:21.335406Z', NULL);
INSERT INTO public.users VALUES ('a8679619-cc64-4fc5-87dd-944007ab6095', '张伟', 'wei.zhang@example.net', 'wei.zhang@example.net', '$argon2id$v=19$m=65536,t=3,p=4$i92nZXg74q+KODUkVFFQdg$6fOs7NhvrFameR07W5ZnAaxIeb8mH88r9Ndyaj1Qw10', true, 2, '2025-09-27T11:09:16.665915Z', '2025-09-28T09:19:19.730895Z', '2025-09-28T09:19:19.730895Z', 'spam sign-up');
INSERT INTO public.users VALUES ('4d9973bb-7cc8-4942-81be-930494ab99e7', 'Søren Kristensen', 'soren.kristensen@example.net', 'soren.kristensen@example.net', '$argon2id$v=19$m=65536,t=3,p=4$xuo2tzDbn8dg/59152CHjg$mwQj1ntAO5wb3eLiDZ3fVpHG91JOjgW3bq0ylLuvzsY', false, 1, '2025-09-28T12:08:47.086205Z', '2025-09-28T12:08:47.086205Z', NULL, NULL);
INSERT INTO public.users VALUES ('75956a7d-8bfb-4f7f-b4ca-e0759656eab5', 'Nadia Haddad', 'nadia.haddad@example.com', 'nadia.haddad@example.com', '$argon2id$v=19$m=65536,t=3,p=4$OpZ5RrrdXYHdf4l4UpXWEw$9xiUIam140mxg8q2lTeaZEdtjpLMhGt9Q8d1Hcnf6mc', false, 1, '2025-09-28T14:29:48.591567Z', '2025-09-28T14:29:48.591567Z', NULL, NULL);
INSERT INTO public.users VALUES ('9e1ea4fb-0218-4342-ae26-903cdeeb07b1', 'Saoirse Byrne', 'saoirse.byrne@example.org', 'saoirse.byrne@example.org', '$argon2id$v=19$m=65536,t=3,p=4$MqTUrWROdboIvoYTv55wrA$PjswgIku63Ea689Z5sYcCB9UFAicChJDOn2GY35l55I', false, 1, '2025-10-06T16:39:25.289920Z', '2025-10-06T16:39:25.289920Z', NULL, NULL);
INSERT INTO public.users VALUES ('e9b55aaa-784c-4c64-bd3a-e1398326f46d', 'Priya Raghunathan', 'priya.raghunathan@example.com', 'priya.raghunathan@example.com', '$argon2id$v=19$m=65536,t=3,p=4$Kcfxk3Fn19s7tPYHgaUsAQ$qX8g8QMAHHlskU5VE5VuNxg0o4o81TLPLvsmGRVYyY8', false, 1, '2025-10-07T07:38:04.864601Z', '2025-10-07T07:38:04.864601Z', NULL, NULL);
INSERT INTO public.users VALUES ('a86b9557-0fad-43fa-9dc2-4ddc591b92ff', 'Sofia Müller', 'sofia.mueller@example.org', 'sofia.mueller@example.org', '$argon2id$v=19$m=65536,t=3,p=4$KpvPfMASQK5UfDgVawsUKA$xGjfcyPpqwpZ1FjTPvUVROXkRSZd4j3X6xjEoVAXJxI', false, 1, '2025-10-10T11:58:57.654164Z', '2025-10-10T11:58:57.654164Z', NULL, NULL);
INSERT INTO public.users VALUES ('b4e212b7-c0bd-4b9e-9dcc-e1e688579b25', 'Vera One', 'vera@example.com', 'vera@example.com', '$argon2id$v=19$m=65536,t=3,p=4$aK1VCiFECIEw5lyrFaI0Zg$iiTBVB0VTQ7XS3Ya2K7q8W9NoEl97JUSIsEcOzsozww', false, 1, '2026-12-02T05:42:01.311653Z', '2026-12-02T05:42:01.311653Z', NULL, NULL);
INSERT INTO public.users VALUES ('ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', 'Amara Okafor', 'amara.okafor@example.com', 'amara.okafor@example.com', '$argon2id$v=19$m=65536,t=3,p=4$HFrD31RjfWCxF5dSGeLJOQ$zQZnsSyIXC8uW6Jv1sn6med3NOHZNKMjg61kuwduNBQ', true, 2, '2025-09-28T15:27:30.346632Z', '2026-12-02T05:42:07.677291Z', '2026-12-02T05:42:07.677291Z', 'left before the upgrade');


--
-- Name: event_log_head event_log_head_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_log_head
    ADD CONSTRAINT event_log_head_pkey PRIMARY KEY (id);


--
-- Name: evtcli_meta evtcli_meta_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evtcli_meta
    ADD CONSTRAINT evtcli_meta_pkey PRIMARY KEY (key);


--
-- Name: projection_checkpoints projection_checkpoints_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projection_checkpoints
    ADD CONSTRAINT projection_checkpoints_pkey PRIMARY KEY (name);


--
-- Name: user_events user_events_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_events
    ADD CONSTRAINT user_events_event_id_key UNIQUE (event_id);


--
-- Name: user_events user_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_events
    ADD CONSTRAINT user_events_pkey PRIMARY KEY ("position");


--
-- Name: user_events user_events_stream_version_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_events
    ADD CONSTRAINT user_events_stream_version_key UNIQUE (user_id, version);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: user_events_type_position; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_events_type_position ON public.user_events USING btree (type, "position");


--
-- Name: users_live_email_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_live_email_key ON public.users USING btree (email_key) WHERE (deleted = false);


--
-- Name: user_events user_events_no_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_events_no_change BEFORE DELETE OR UPDATE ON public.user_events FOR EACH ROW EXECUTE FUNCTION public.user_events_refuse_change();


--
-- Name: user_events user_events_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_events_no_truncate BEFORE TRUNCATE ON public.user_events FOR EACH STATEMENT EXECUTE FUNCTION public.user_events_refuse_change();


--
-- PostgreSQL database dump complete
--


