--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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
-- Name: group_events_refuse_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.group_events_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
        BEGIN
            -- No percent-sign format here: psycopg would read it as a placeholder.
            RAISE EXCEPTION USING MESSAGE = 'group_events is append-only: ' || TG_OP || ' refused',
                ERRCODE = 'integrity_constraint_violation';
        END
        $$;


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
-- Name: group_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.group_events (
    "position" bigint NOT NULL,
    event_id character varying(36) NOT NULL COLLATE pg_catalog."C",
    group_id character varying(36) NOT NULL COLLATE pg_catalog."C",
    version integer NOT NULL,
    type character varying(64) NOT NULL,
    schema_version integer NOT NULL,
    payload text NOT NULL,
    metadata text NOT NULL,
    recorded_at character varying(32) NOT NULL COLLATE pg_catalog."C",
    hash character varying(80) NOT NULL,
    CONSTRAINT group_events_version_positive CHECK ((version >= 1))
);


--
-- Name: group_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.group_members (
    group_id character varying(36) NOT NULL COLLATE pg_catalog."C",
    user_id character varying(36) NOT NULL COLLATE pg_catalog."C",
    added_at character varying(32) NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.groups (
    id character varying(36) NOT NULL COLLATE pg_catalog."C",
    name text NOT NULL,
    name_key text NOT NULL,
    status character varying(16) NOT NULL COLLATE pg_catalog."C",
    deleted boolean NOT NULL,
    member_count integer NOT NULL,
    version integer NOT NULL,
    created_at character varying(32) NOT NULL COLLATE pg_catalog."C",
    updated_at character varying(32) NOT NULL COLLATE pg_catalog."C",
    destroyed_at character varying(32) COLLATE pg_catalog."C",
    destroyed_reason text
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
    status character varying(16) NOT NULL COLLATE pg_catalog."C",
    deleted boolean NOT NULL,
    disabled boolean NOT NULL,
    version integer NOT NULL,
    created_at character varying(32) NOT NULL COLLATE pg_catalog."C",
    updated_at character varying(32) NOT NULL COLLATE pg_catalog."C",
    disabled_at character varying(32) COLLATE pg_catalog."C",
    deleted_at character varying(32) COLLATE pg_catalog."C",
    disabled_reason text,
    deleted_reason text
);


--
-- Data for Name: event_log_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.event_log_head VALUES (1, 152, 'sha256:4db24af747a2345023903b73daf00d85b7280c9debea4525a82e62ac1e216ee6');


--
-- Data for Name: evtcli_meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evtcli_meta VALUES ('application', 'evtcli');
INSERT INTO public.evtcli_meta VALUES ('schema_version', '3');


--
-- Data for Name: group_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.group_events VALUES (4, '6b3eb7c6-6fbf-4bc7-9734-035df885afbd', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 1, 'Created', 1, '{"name":"Platform"}', '{"actor":"mkowalski","command":"group create"}', '2025-09-02T11:09:35.064207Z', 'sha256:706b02e77f2c48f9e8656f643026b3d807fc4fbb9933c7f0924239498dc4f970');
INSERT INTO public.group_events VALUES (5, '4479c33f-d772-4fcb-94d2-e1b0f1420ce6', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 1, 'Created', 1, '{"name":"admins"}', '{"actor":"provisioning","command":"group create"}', '2025-09-02T14:40:37.680558Z', 'sha256:946c6b57be96909092ad95bfeaa9a9983dc6af14519305548768c3fd411ae738');
INSERT INTO public.group_events VALUES (6, 'c36f63c2-9f42-4c8a-a848-1612ba4d9aca', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 2, 'MemberAdded', 1, '{"user_id":"825c234d-e806-46da-9c3b-296f737fa202"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-02T20:02:22.183563Z', 'sha256:5933b2b896e3e78247341e7278f3cf6e0fbaf11939587b320b6dbc6be0d2484e');
INSERT INTO public.group_events VALUES (10, '289fd1bb-fbe8-4558-8805-9c740f1475b7', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 1, 'Created', 1, '{"name":"Payments"}', '{"actor":"mkowalski","command":"group create"}', '2025-09-03T11:53:13.046260Z', 'sha256:fbaf6061a2ab93a67536c815d9021f72494eed22d6123373f0a63ef522509ed9');
INSERT INTO public.group_events VALUES (11, '370b1ccf-faeb-4d2e-a019-1db4753ba9aa', '03670c7c-baca-424d-be83-ca8e15806aa5', 1, 'Created', 1, '{"name":"Support"}', '{"actor":"mkowalski","command":"group create"}', '2025-09-03T13:42:41.357762Z', 'sha256:4f1975c82beda8dd932e4c9294c7310565c5babf73b2f2f53e2d350f337466da');
INSERT INTO public.group_events VALUES (14, 'ad4c5e73-ba69-4ca1-bb3d-2b91653b8615', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 1, 'Created', 1, '{"name":"Data"}', '{"actor":"anna.ops","command":"group create"}', '2025-09-04T10:12:12.727379Z', 'sha256:5dd7ec8fd9ad72222eebca836c3a9e57cde172885afceb2695ef0c276c56a5f5');
INSERT INTO public.group_events VALUES (18, '13011634-ae96-4b17-b243-81389a1d9cd7', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 3, 'MemberAdded', 1, '{"user_id":"702d6f2b-211c-4228-b7e7-5ee9817f2824"}', '{"actor":"provisioning","command":"group add"}', '2025-09-05T11:33:03.973675Z', 'sha256:0e0c28b90acdf78b4317ab521e97c732e5f11ce82db97ece1c275a5e81f27acc');
INSERT INTO public.group_events VALUES (19, 'fddaf81c-99e8-42c1-9393-987e222bcd4b', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 2, 'MemberAdded', 1, '{"user_id":"702d6f2b-211c-4228-b7e7-5ee9817f2824"}', '{"actor":"helpdesk","command":"group add"}', '2025-09-05T11:33:03.973675Z', 'sha256:8b1e5e8b57bcd7108e55bbb4431c22c37a994a8420ae91cd20bdab2e790212cd');
INSERT INTO public.group_events VALUES (20, '04c5cb10-83ea-45b3-965f-99391ca9a58d', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 2, 'MemberAdded', 1, '{"user_id":"0fad83fa-1dc2-4ddc-991b-92ff51e2e56b"}', '{"actor":"provisioning","command":"group add"}', '2025-09-05T12:19:07.006302Z', 'sha256:37b6038f02bd8093cdd0b9e54aa61613efa1f89491cad92a2458865533b3abb8');
INSERT INTO public.group_events VALUES (21, '1722767b-cfc5-4b5d-b240-bfe4929313aa', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 3, 'MemberAdded', 1, '{"user_id":"0fad83fa-1dc2-4ddc-991b-92ff51e2e56b"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-05T12:19:07.006302Z', 'sha256:9e40014433c0ec1ed40621359ff18d1b7254ac5f88fa79f6f3c54033d02e197f');
INSERT INTO public.group_events VALUES (22, '160d1bb7-1cc5-448a-8aad-7f150718316c', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 3, 'MemberAdded', 1, '{"user_id":"5491448c-be5a-4f5a-b9fa-1d6a496a8f48"}', '{"actor":"provisioning","command":"group add"}', '2025-09-06T07:50:47.236092Z', 'sha256:aab5f490e9b1640668d57ddc1b72bd255ff9b594d112fee55ec47a35c2555f15');
INSERT INTO public.group_events VALUES (24, 'e62715d0-99e6-4702-8d31-d2f5253182a5', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 4, 'MemberRemoved', 1, '{"user_id":"825c234d-e806-46da-9c3b-296f737fa202"}', '{"actor":"provisioning","causation_id":"271afdc9-012c-4581-87f6-b43bdbd76771","command":"user destroy"}', '2025-09-06T08:53:04.224193Z', 'sha256:6282f74471b7eff25057439dc08e1f9289def2c1b8a3ba815d9a0041e83c46c7');
INSERT INTO public.group_events VALUES (33, '7965e625-8923-48e2-91b5-eaae7ba770aa', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 2, 'MemberAdded', 1, '{"user_id":"71d6c5bd-33cd-491b-9cd8-88d5c023fe76"}', '{"actor":"provisioning","command":"group add"}', '2025-09-08T05:20:01.005973Z', 'sha256:42d1af2d2ab9e61e8b866ce45c3db8538bbf00aa872c4744c0e4311481e212eb');
INSERT INTO public.group_events VALUES (34, '36ecc924-8e0c-4bca-acc9-16ffced704d1', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 4, 'MemberAdded', 1, '{"user_id":"71d6c5bd-33cd-491b-9cd8-88d5c023fe76"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-08T05:20:01.005973Z', 'sha256:a5e836f0854e3b18c31a3d47f8e67eaf45b92506f403c4adc6d86b6af0843d09');
INSERT INTO public.group_events VALUES (40, '35858292-6c00-4135-b7f5-d651004bf962', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 5, 'MemberAdded', 1, '{"user_id":"612830c0-0444-48a5-a286-78a397e94748"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-08T23:11:22.289407Z', 'sha256:7844968a5c204de07e98934a725e62c79a503e2cbd4adaa4a928f57cdcffdc90');
INSERT INTO public.group_events VALUES (45, '607603a3-dac4-49d6-9780-445b7286dc06', '03670c7c-baca-424d-be83-ca8e15806aa5', 2, 'MemberAdded', 1, '{"user_id":"64dc169c-5ad5-48ef-bc19-072ec1c78142"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-10T05:20:35.717220Z', 'sha256:3cf10b4d944bb3a81c3236947189a36ef9737c133dfdf4289bcd910dc2a3e7a3');
INSERT INTO public.group_events VALUES (47, '390bafd7-87a0-4b6c-a2a6-e7e9c4448a61', '03670c7c-baca-424d-be83-ca8e15806aa5', 3, 'MemberAdded', 1, '{"user_id":"341456e1-cc39-4bb8-b787-a2b9622d610e"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-10T09:16:48.965901Z', 'sha256:b9fcfb77f31590b9db3c8353d2ef3dfcb47294bac10af7e0a2d6d3d2edc3856d');
INSERT INTO public.group_events VALUES (48, '6936a073-8cef-4ca6-adfd-a8d170ecdb9c', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 6, 'MemberAdded', 1, '{"user_id":"c146d020-1c26-4131-ae8d-68723e477447"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-10T10:02:23.093703Z', 'sha256:d278598dfaac097e3be9a985543fcbea3438787f4d4acb4d9afec7b408b54f7a');
INSERT INTO public.group_events VALUES (49, '1d0f688f-521e-41d0-8381-214e04d2b7dd', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 4, 'MemberAdded', 1, '{"user_id":"e562e0d7-6681-4a0c-a8b6-d12c67bbb874"}', '{"actor":"provisioning","command":"group add"}', '2025-09-10T18:54:22.579352Z', 'sha256:a1aa1cc2cea7ecdef983609bb9018a819e7f10709f33c60e9623b41d3b76cd30');
INSERT INTO public.group_events VALUES (50, 'bea794ed-dc1a-4787-afc4-7676ae42f02e', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 7, 'MemberAdded', 1, '{"user_id":"e562e0d7-6681-4a0c-a8b6-d12c67bbb874"}', '{"actor":"helpdesk","command":"group add"}', '2025-09-10T18:54:22.579352Z', 'sha256:b9e950c45080d8578eae0a6d0c330fa1240acc811caa546011e99d4609215d52');
INSERT INTO public.group_events VALUES (51, 'd294608e-dca8-42b3-aa1c-2fb5ee119d28', '03670c7c-baca-424d-be83-ca8e15806aa5', 4, 'MemberAdded', 1, '{"user_id":"58d382b2-6841-4932-9a96-7144e2d70d5e"}', '{"actor":"provisioning","command":"group add"}', '2025-09-10T22:17:04.722153Z', 'sha256:679963f3ba9838065d5c90fa93b59d007e08f7f1b8b2d3797e86d977a4f18a10');
INSERT INTO public.group_events VALUES (52, '84eeacca-126a-474c-8205-b757bcf92e64', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 5, 'MemberAdded', 1, '{"user_id":"e312c9a9-64c3-496e-988f-7f28b460a5b2"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-11T01:04:11.428915Z', 'sha256:6d2de0ff28a904937b6453706352c5351d2564b2982af55c96fdf9b5c1289298');
INSERT INTO public.group_events VALUES (53, 'e4b00ce5-680d-409f-b77b-c8bfc039af34', '03670c7c-baca-424d-be83-ca8e15806aa5', 5, 'MemberAdded', 1, '{"user_id":"dea3d6ec-9866-411e-b546-9970bc3395f5"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-11T06:32:56.466738Z', 'sha256:df969b1f58624ae07eaf195573c02d1c0dfc636e04caa366779c258786beeb06');
INSERT INTO public.group_events VALUES (59, '59037cf0-cac3-4e72-8744-74d57a35dd37', '03670c7c-baca-424d-be83-ca8e15806aa5', 6, 'MemberAdded', 1, '{"user_id":"2e18dc86-9279-409e-b04c-9aa256247493"}', '{"actor":"provisioning","command":"group add"}', '2025-09-13T07:10:19.187978Z', 'sha256:eb5f2cf439b11b93532d8484249f1fd673ac8f2662794fbd32029a584984dd27');
INSERT INTO public.group_events VALUES (71, '00727f48-3e9c-4ebe-ad0e-fba426f747e2', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 8, 'MemberRemoved', 1, '{"user_id":"0fad83fa-1dc2-4ddc-991b-92ff51e2e56b"}', '{"actor":"helpdesk","causation_id":"b32bbc23-f09d-45c8-ac6f-fab29b4bd139","command":"user destroy"}', '2025-09-16T10:10:10.945951Z', 'sha256:d3e206d93b7be5f11ace207499ac9b2aad758b97baf7c3d9756aecb5090fd2a0');
INSERT INTO public.group_events VALUES (72, '51bfe3ca-4cbf-4a21-a39f-86ecbbccea89', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 5, 'MemberRemoved', 1, '{"user_id":"0fad83fa-1dc2-4ddc-991b-92ff51e2e56b"}', '{"actor":"helpdesk","causation_id":"b32bbc23-f09d-45c8-ac6f-fab29b4bd139","command":"user destroy"}', '2025-09-16T10:10:10.945951Z', 'sha256:cc7ddf93e6b67ece7739e0eced6ad1e3274367aa7e4aef72cbcf8a13cb2cb15a');
INSERT INTO public.group_events VALUES (75, 'e5e36175-24ba-4505-9e84-b06e1916cb27', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 9, 'MemberRemoved', 1, '{"user_id":"71d6c5bd-33cd-491b-9cd8-88d5c023fe76"}', '{"actor":"mkowalski","causation_id":"bd206174-d5ee-40dc-92f7-ae042752c396","command":"user destroy"}', '2025-09-17T10:48:03.471999Z', 'sha256:7ab9659a2c030b551317ef2bd43924d51e8c1b440df8217cba11def481a44687');
INSERT INTO public.group_events VALUES (76, '0c20ffe6-3ec0-45cc-b2be-c552d62c0819', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 3, 'MemberRemoved', 1, '{"user_id":"71d6c5bd-33cd-491b-9cd8-88d5c023fe76"}', '{"actor":"mkowalski","causation_id":"bd206174-d5ee-40dc-92f7-ae042752c396","command":"user destroy"}', '2025-09-17T10:48:03.471999Z', 'sha256:66bcedf3a518dcd2ec8e3f8237bf4e84bff18718df085e635f6eae2fff09be7f');
INSERT INTO public.group_events VALUES (77, '2a728a7f-fb88-4855-b2fe-40419575dc76', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 6, 'MemberAdded', 1, '{"user_id":"977bbb7f-87bd-499b-8868-45bc528b7cdc"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-17T11:14:47.551775Z', 'sha256:75e7f1006f730e190c98434433cba600407266e734d6e90e14b3496f544c00aa');
INSERT INTO public.group_events VALUES (79, '0f0d13eb-bc0a-4425-adce-6cbbd4e566c5', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 7, 'MemberAdded', 1, '{"user_id":"ecc1eb5a-d897-4ec6-9a01-4aab057793a3"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-17T15:44:16.247154Z', 'sha256:b602e23bfee9ef91129f0f3eae809539d169a7855ba0aac0bab891c7a5a99793');
INSERT INTO public.group_events VALUES (80, '1c86c8c9-0b51-493c-84ba-bbdff8fdf131', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 10, 'MemberAdded', 1, '{"user_id":"ecc1eb5a-d897-4ec6-9a01-4aab057793a3"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-17T15:44:16.247154Z', 'sha256:19c181da05f77f4f1236820149320a406dc407ad853d0d0d4c40203cacb151e9');
INSERT INTO public.group_events VALUES (81, 'd716dc26-9b5f-4486-a23c-1dc4bfd160e0', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 4, 'MemberAdded', 1, '{"user_id":"c2329b90-f39a-4867-8544-899c8b6b2593"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-17T22:29:11.664502Z', 'sha256:31105d003430b2c6a4883129c4261d7be95029454879b5cf86905a9193a30533');
INSERT INTO public.group_events VALUES (90, '1b2a01d5-cc30-43a0-8223-d9e82990d5d4', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 5, 'Renamed', 1, '{"name":"Data & Analytics"}', '{"actor":"mkowalski","command":"group rename"}', '2025-09-21T08:36:32.960690Z', 'sha256:d4d98624578e221e189f983f1e198c856d1b0e9e25c21e51d57100959d98843a');
INSERT INTO public.group_events VALUES (91, 'd78fac48-1013-443c-a421-7a074671508f', '03670c7c-baca-424d-be83-ca8e15806aa5', 7, 'MemberAdded', 1, '{"user_id":"316948be-2605-4f60-91e6-63eb75328910"}', '{"actor":"provisioning","command":"group add"}', '2025-09-21T12:40:45.437233Z', 'sha256:6f9465a3c2605a9e8513f26403d5a88e2e0bd87c06bfcc89dbb5631034354f7c');
INSERT INTO public.group_events VALUES (99, '6741fa6f-d09e-4329-86f4-dd323aa8b169', '03670c7c-baca-424d-be83-ca8e15806aa5', 8, 'MemberAdded', 1, '{"user_id":"c6fb03cf-f05f-4908-9aba-f7cd5c0ae521"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-24T08:02:43.207335Z', 'sha256:42de8ec40592d5868b93e5ab0a063e3d51530914a1c7026fabac3da0f18b7a9c');
INSERT INTO public.group_events VALUES (100, '11518a71-6f07-476c-ad83-22488ab4dd34', '03670c7c-baca-424d-be83-ca8e15806aa5', 9, 'MemberRemoved', 1, '{"reason":"moved to another team","user_id":"58d382b2-6841-4932-9a96-7144e2d70d5e"}', '{"actor":"mkowalski","command":"group remove"}', '2025-09-24T16:22:54.948442Z', 'sha256:52d310ea3cef9faae5e4314dcc64469334d500d2f29b816eec4dc4fe60bdd1ad');
INSERT INTO public.group_events VALUES (101, '57201806-9d49-4515-9794-5113206bc7a7', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 6, 'MemberAdded', 1, '{"user_id":"0e24b473-dc71-441c-bbf1-831510754b52"}', '{"actor":"provisioning","command":"group add"}', '2025-09-24T20:22:22.025743Z', 'sha256:3745804b734a426bbf2624b94acd4128b3c67cf1092ed57d4b6b885f13dff5ac');
INSERT INTO public.group_events VALUES (103, '7c54c840-bfba-4ab4-890f-85e20c61b257', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 11, 'MemberAdded', 1, '{"user_id":"679cac0a-82ea-4a1f-b39a-1b71d8664a33"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-25T14:07:02.780699Z', 'sha256:9406309c3678ad6bb1b2cb3399ff99ee7da7dc9dca688c0df631b9abbb3ed325');
INSERT INTO public.group_events VALUES (107, '23228ee5-15c7-4c83-b5d9-930d34416aa0', '03670c7c-baca-424d-be83-ca8e15806aa5', 10, 'MemberAdded', 1, '{"user_id":"1df0c5c9-4e28-4a99-9a4d-82c8ad579526"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-25T19:54:28.961749Z', 'sha256:e4bbc37f282fa017c47cffd77650506631687227473fbf1d6b4ca43c915175ef');
INSERT INTO public.group_events VALUES (110, '04316a96-9e8c-45b8-b3ae-e0b957d9e175', '03670c7c-baca-424d-be83-ca8e15806aa5', 11, 'MemberAdded', 1, '{"user_id":"43e5d298-a5ec-4317-ac9f-8cc85199a51d"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-26T14:32:01.294384Z', 'sha256:84b18473f40097baaac1e6757e9c25d894e0dc4e37097236c24ae802b6614283');
INSERT INTO public.group_events VALUES (112, '2ea4a78b-299a-4e56-b9bc-6e00495251bb', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 8, 'MemberAdded', 1, '{"user_id":"7de28f75-712c-4260-9484-458990cffb3a"}', '{"actor":"provisioning","command":"group add"}', '2025-09-27T08:20:15.253767Z', 'sha256:6389566a0bfa0470a78ec03cacd8122e435b34082a92dac668b2e86b32e9fae0');
INSERT INTO public.group_events VALUES (113, '8a76943b-4524-47cb-8beb-a6b376185dc5', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 12, 'MemberAdded', 1, '{"user_id":"7de28f75-712c-4260-9484-458990cffb3a"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-27T08:20:15.253767Z', 'sha256:801bb5756a5436fe827a12705f2e147c96323bff807fafb1c59b4fcd599cbe34');
INSERT INTO public.group_events VALUES (119, 'cdd52056-0ceb-407e-aee0-3fd02f1a3449', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 6, 'MemberRemoved', 1, '{"user_id":"c2329b90-f39a-4867-8544-899c8b6b2593"}', '{"actor":"mkowalski","causation_id":"5bd3f53e-31f3-4d23-9603-6d9e3384a1c9","command":"user destroy"}', '2025-09-28T08:02:55.638225Z', 'sha256:f496c176a86950f5deab094a96a6f9d68a6233d0c2c37c1fce7ff6a9bf28dad7');
INSERT INTO public.group_events VALUES (120, 'b590e43d-d0f1-48bd-9d15-ac599871f24b', '03670c7c-baca-424d-be83-ca8e15806aa5', 12, 'MemberAdded', 1, '{"user_id":"f0a5e04a-1eae-4339-b396-05e8a0816f3f"}', '{"actor":"provisioning","command":"group add"}', '2025-09-28T09:17:07.101501Z', 'sha256:22d4c39b5bc46bcaa62a817da3a85814d5c2462fa05c7c2108f0b0daa707eb09');
INSERT INTO public.group_events VALUES (122, 'c847f71d-2c3a-4a7a-aaf0-b13b81d53ce6', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 7, 'MemberAdded', 1, '{"user_id":"52a7f245-1dc0-4bd7-a28e-547b63fd7881"}', '{"actor":"provisioning","command":"group add"}', '2025-09-28T13:26:26.921086Z', 'sha256:fcd92068985b4485418c9bdccf37763e4b36ce0b9177bf4c51f4756e7fed8aa0');
INSERT INTO public.group_events VALUES (126, '1e0d3b2d-7317-435d-8ece-b82f0f0ea625', '03670c7c-baca-424d-be83-ca8e15806aa5', 13, 'MemberRemoved', 1, '{"user_id":"316948be-2605-4f60-91e6-63eb75328910"}', '{"actor":"anna.ops","causation_id":"ed72fc1e-dcb1-49a8-baa9-5f745f9cf8e1","command":"user destroy"}', '2025-09-28T17:13:52.662564Z', 'sha256:c9029936642796f9ce85bf41a7852c963468b7da7a48008c1c948402937f62ec');
INSERT INTO public.group_events VALUES (127, '30803165-565f-4829-87b3-419de875561e', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 9, 'MemberAdded', 1, '{"user_id":"a8679619-cc64-4fc5-87dd-944007ab6095"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-28T18:14:02.458146Z', 'sha256:68f5cd5048642f850dc2bdadb5aa0239ed0d0aea1529ac3570e79f3e2ad49ac9');
INSERT INTO public.group_events VALUES (128, 'f58bc091-d29d-4ad3-acdc-2b23b87e4ae5', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 10, 'MemberAdded', 1, '{"user_id":"5217bb99-8ac5-4d8c-b45d-0182737b0c81"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-28T19:09:09.007017Z', 'sha256:e2e3a8d38fdc7f91f0eb1820618c4e08704fbcfa39dc602c175294280bf47e3f');
INSERT INTO public.group_events VALUES (129, 'a46e6f9e-a0ab-442c-923f-c1475ffe7867', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 11, 'MemberAdded', 1, '{"user_id":"c6714292-da14-4b56-ace2-7abd2f043312"}', '{"actor":"provisioning","command":"group add"}', '2025-09-29T00:49:26.823596Z', 'sha256:874b88c6d97415aae274d464758783b959bfd7ecb91dc7e28ec7995fde798afd');
INSERT INTO public.group_events VALUES (134, 'b67531d4-cda8-4435-9218-f33bcde07bde', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 8, 'MemberAdded', 1, '{"user_id":"ab2bfdec-69f5-4b9d-a502-dd80c10a89cc"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-30T03:52:26.838646Z', 'sha256:c7e65feedf29761caf99c3f014ec3d4df08d29bfda46a6dbc36e71a38dc6fc1c');
INSERT INTO public.group_events VALUES (135, 'd6aa0e84-0019-46a8-a084-4fc505386748', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 7, 'MemberAdded', 1, '{"user_id":"4d9973bb-7cc8-4942-81be-930494ab99e7"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-30T08:40:15.837519Z', 'sha256:18f6bc632d6fa2bb83cc6792e6aa4a145c32ef59bfee69baf0258f4d43b3ebb8');
INSERT INTO public.group_events VALUES (136, 'b14faf89-9972-4050-b7db-6aa7725e92d9', '37a04eaa-d1d1-4dab-9ba2-8c0ee33261ea', 1, 'Created', 1, '{"name":"Customer Care"}', '{"actor":"provisioning","command":"group create"}', '2025-09-30T12:33:11.487860Z', 'sha256:0f7ca56fd506a61ebcc6f218cf47976d480ff50c6231b02ed3eed4b348ea9d4a');
INSERT INTO public.group_events VALUES (138, '819b8349-0fb2-4f78-9101-235db303b9d3', '03670c7c-baca-424d-be83-ca8e15806aa5', 14, 'Destroyed', 1, '{"reason":"merged into Customer Care"}', '{"actor":"mkowalski","command":"group destroy"}', '2025-10-01T10:38:30.443614Z', 'sha256:bd3ab036f105a6dda38dcb02012aa0e5e1323ab85e857f73dbee8e1e32b9e28d');
INSERT INTO public.group_events VALUES (140, '3019f288-1d9b-49c8-9653-3e8d12b2e607', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 9, 'MemberAdded', 1, '{"user_id":"8b045af3-5a51-47a6-aa12-284012226711"}', '{"actor":"provisioning","command":"group add"}', '2025-10-01T11:03:18.583068Z', 'sha256:bdddc91b47e850862a132ee2facc9ae3da319b2f7fb11040561ec14b2bd2b16d');
INSERT INTO public.group_events VALUES (142, '9031eefd-509d-477c-b1ca-cb19c42e9ea1', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 12, 'MemberRemoved', 1, '{"reason":"moved to another team","user_id":"a8679619-cc64-4fc5-87dd-944007ab6095"}', '{"actor":"anna.ops","command":"group remove"}', '2025-10-05T10:48:21.023590Z', 'sha256:f8a8dbf26d059c559b06cdf2f76de97504f774c7ab912a818a55756110ab8283');
INSERT INTO public.group_events VALUES (145, '7ee04f9e-83bc-4c2b-8af0-4334e9c9a31a', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 13, 'MemberRemoved', 1, '{"user_id":"679cac0a-82ea-4a1f-b39a-1b71d8664a33"}', '{"actor":"provisioning","causation_id":"cd5aa045-a122-4b0c-8868-0c6f053938a3","command":"user destroy"}', '2025-10-07T17:04:19.830950Z', 'sha256:5653576d0882d83ee590c028ebc809022d052a94a17e32ab808939ca12164c24');
INSERT INTO public.group_events VALUES (147, '02dbaf8e-deb0-4fd8-9267-8d2cf6fc1280', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 8, 'MemberRemoved', 1, '{"user_id":"0e24b473-dc71-441c-bbf1-831510754b52"}', '{"actor":"mkowalski","causation_id":"fea198f8-7b3f-46c8-af2b-0ad276dafce6","command":"user destroy"}', '2025-10-07T17:47:00.074199Z', 'sha256:d0ecfdd2a6eae1303fb45b41512f4ac4787d23cceebdf8750f111a251f4112ee');
INSERT INTO public.group_events VALUES (148, '629da4eb-6a25-454d-8a52-6b178a8f0733', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 13, 'MemberRemoved', 1, '{"reason":"moved to another team","user_id":"5217bb99-8ac5-4d8c-b45d-0182737b0c81"}', '{"actor":"provisioning","command":"group remove"}', '2025-10-09T00:34:26.411102Z', 'sha256:932a0e7f23d7efa47772375349792f67da5d723b6ae2a6e49f11d9bd93056892');
INSERT INTO public.group_events VALUES (150, 'e606601e-0020-4163-8d3d-d70d51a5d770', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 10, 'MemberRemoved', 1, '{"reason":"moved to another team","user_id":"8b045af3-5a51-47a6-aa12-284012226711"}', '{"actor":"mkowalski","command":"group remove"}', '2025-10-12T20:44:18.902249Z', 'sha256:d438a0e421897de360bd913d33ddc4e56c9dc2a4503eef454f9c8b2448c2d5e3');
INSERT INTO public.group_events VALUES (152, 'f87bd79b-934c-48ab-a7fa-ef2b884764d2', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 14, 'MemberAdded', 1, '{"user_id":"5fad77bd-2b4e-4e3a-a6d4-8d6c6f0e116a"}', '{"actor":"root","command":"group add"}', '2026-12-02T10:40:47.515762Z', 'sha256:4db24af747a2345023903b73daf00d85b7280c9debea4525a82e62ac1e216ee6');


--
-- Data for Name: group_members; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', '702d6f2b-211c-4228-b7e7-5ee9817f2824', '2025-09-05T11:33:03.973675Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', '7de28f75-712c-4260-9484-458990cffb3a', '2025-09-27T08:20:15.253767Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', '977bbb7f-87bd-499b-8868-45bc528b7cdc', '2025-09-17T11:14:47.551775Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 'c6714292-da14-4b56-ace2-7abd2f043312', '2025-09-29T00:49:26.823596Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 'e312c9a9-64c3-496e-988f-7f28b460a5b2', '2025-09-11T01:04:11.428915Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 'ecc1eb5a-d897-4ec6-9a01-4aab057793a3', '2025-09-17T15:44:16.247154Z');
INSERT INTO public.group_members VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', '612830c0-0444-48a5-a286-78a397e94748', '2025-09-08T23:11:22.289407Z');
INSERT INTO public.group_members VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', '702d6f2b-211c-4228-b7e7-5ee9817f2824', '2025-09-05T11:33:03.973675Z');
INSERT INTO public.group_members VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', '7de28f75-712c-4260-9484-458990cffb3a', '2025-09-27T08:20:15.253767Z');
INSERT INTO public.group_members VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', 'c146d020-1c26-4131-ae8d-68723e477447', '2025-09-10T10:02:23.093703Z');
INSERT INTO public.group_members VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', 'e562e0d7-6681-4a0c-a8b6-d12c67bbb874', '2025-09-10T18:54:22.579352Z');
INSERT INTO public.group_members VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', 'ecc1eb5a-d897-4ec6-9a01-4aab057793a3', '2025-09-17T15:44:16.247154Z');
INSERT INTO public.group_members VALUES ('15daf67b-c574-4fc9-bd72-062f31cd2f95', '52a7f245-1dc0-4bd7-a28e-547b63fd7881', '2025-09-28T13:26:26.921086Z');
INSERT INTO public.group_members VALUES ('15daf67b-c574-4fc9-bd72-062f31cd2f95', 'ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', '2025-09-30T03:52:26.838646Z');
INSERT INTO public.group_members VALUES ('13f07257-bd11-43aa-a96c-e4dbc9499fdb', '4d9973bb-7cc8-4942-81be-930494ab99e7', '2025-09-30T08:40:15.837519Z');
INSERT INTO public.group_members VALUES ('13f07257-bd11-43aa-a96c-e4dbc9499fdb', '5491448c-be5a-4f5a-b9fa-1d6a496a8f48', '2025-09-06T07:50:47.236092Z');
INSERT INTO public.group_members VALUES ('13f07257-bd11-43aa-a96c-e4dbc9499fdb', 'e562e0d7-6681-4a0c-a8b6-d12c67bbb874', '2025-09-10T18:54:22.579352Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', '5fad77bd-2b4e-4e3a-a6d4-8d6c6f0e116a', '2026-12-02T10:40:47.515762Z');


--
-- Data for Name: groups; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.groups VALUES ('37a04eaa-d1d1-4dab-9ba2-8c0ee33261ea', 'Customer Care', 'customer care', 'live', false, 0, 1, '2025-09-30T12:33:11.487860Z', '2025-09-30T12:33:11.487860Z', NULL, NULL);
INSERT INTO public.groups VALUES ('03670c7c-baca-424d-be83-ca8e15806aa5', 'Support', 'support', 'destroyed', true, 0, 14, '2025-09-03T13:42:41.357762Z', '2025-10-01T10:38:30.443614Z', '2025-10-01T10:38:30.443614Z', 'merged into Customer Care');
INSERT INTO public.groups VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', 'admins', 'admins', 'live', false, 6, 13, '2025-09-02T14:40:37.680558Z', '2025-10-07T17:04:19.830950Z', NULL, NULL);
INSERT INTO public.groups VALUES ('15daf67b-c574-4fc9-bd72-062f31cd2f95', 'Data & Analytics', 'data & analytics', 'live', false, 2, 10, '2025-09-04T10:12:12.727379Z', '2025-10-12T20:44:18.902249Z', NULL, NULL);
INSERT INTO public.groups VALUES ('13f07257-bd11-43aa-a96c-e4dbc9499fdb', 'Payments', 'payments', 'live', false, 3, 8, '2025-09-03T11:53:13.046260Z', '2025-10-07T17:47:00.074199Z', NULL, NULL);
INSERT INTO public.groups VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 'Platform', 'platform', 'live', false, 7, 14, '2025-09-02T11:09:35.064207Z', '2026-12-02T10:40:47.515762Z', NULL, NULL);


--
-- Data for Name: projection_checkpoints; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.projection_checkpoints VALUES ('users', 152, 2);
INSERT INTO public.projection_checkpoints VALUES ('groups', 152, 1);
INSERT INTO public.projection_checkpoints VALUES ('group_members', 152, 1);


--
-- Data for Name: user_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_events VALUES (1, '74eccc70-640e-4839-ac70-9ebf1386be08', '825c234d-e806-46da-9c3b-296f737fa202', 1, 'Created', 1, '{"email":"josemaria.garcia@example.com","name":"José María García","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$mvJzP8F5Rl4ypNStZE51ug$agZZdPQwSsK1t6TosG0sHd64Ukng34vvEX3xseDkWIo"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-01T09:44:40.816316Z', 'sha256:f1842ca0d97abd12e7aa02f851b6df7d8987e7b158fb1c5892a2d2163285a05f');
INSERT INTO public.user_events VALUES (2, '49570b8c-fbe9-4a9a-8eac-1ac2f5c5e3d6', '019f3309-fd3f-4751-8129-c8d44590ce45', 1, 'Created', 1, '{"email":"elif.demir@example.com","name":"Elif Demir","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$OXC+EwFZiMUOGv3jLlpSlQ$txtJiMQ8yyJlvE2lGfGfAbmDD0LQUuZVYeQZu9eqMXY"}', '{"actor":"anna.ops","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-02T08:22:42.627883Z', 'sha256:cb47aad663467c5d2115d8c76f16311514dc21c1ab55077f5bfef9ab3624339a');
INSERT INTO public.user_events VALUES (3, '992b82c9-f3ef-46b1-948e-869fac331a0f', 'b90cdebf-f67f-4236-96b0-ab8ab3af99d5', 1, 'Created', 1, '{"email":"tomas.osullivan@example.com","name":"Tomás Ó Súilleabháin","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$U3HMkr9EYOWVTeAubWl7mg$dQ7Hgnue5GrYzfaEKoDuMN5qfaSrpsNkInZq1Vt0hNE"}', '{"actor":"provisioning","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-02T09:49:34.632924Z', 'sha256:bf0dd8d91c4ae485dea672d5cf8e5f4e74d3678f3d1b54438743df1ad85cf77a');
INSERT INTO public.user_events VALUES (7, '5e6ecc0c-7fe5-4fb3-b507-a8596a216d8c', '4ce1684b-d6f1-4114-a71e-c3fe1c4aea01', 1, 'Created', 1, '{"email":"lukasz.kowalski@example.com","name":"Łukasz Kowalski","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$8Ng3v+fjOnW6ieKPtYDEQQ$AgnDarJ+HpiPcTMExPSmGCOwKulhZKX1ZRXKJhtNGt4"}', '{"actor":"anna.ops","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-03T07:12:48.208450Z', 'sha256:68cd0a9057223e0b18fcdb30bac7b2ed1a3e5a9e17103741bed29e146610b177');
INSERT INTO public.user_events VALUES (8, '2097659e-c95c-4e61-b983-9db9a0dc603f', '0fad83fa-1dc2-4ddc-991b-92ff51e2e56b', 1, 'Created', 1, '{"email":"billing@example.com","name":"Isabela Costa (Billing)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$/qSbZZFIJtk6mdwTn8ayIg$FqCCNrcne612w1SQUc6bymXuwRCVETvSygYrWMmGT6k"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-03T07:55:09.351201Z', 'sha256:2d16d19456c849ae1668f597e91dcb339b8d1a83310fc0a9ff4a64f4f951cc8a');
INSERT INTO public.user_events VALUES (9, 'a981dc92-b00d-428f-a1d7-0b21d904265f', '702d6f2b-211c-4228-b7e7-5ee9817f2824', 1, 'Created', 1, '{"email":"dmitri.volkov@example.com","name":"Dmitri Volkov","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$QE/fJtyGydVcklTYP13YmQ$V/K8yOce85H2nYi0t62fbhwSoWQt2GFycH+CDR26ZZ0"}', '{"actor":"helpdesk","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-03T08:27:07.185972Z', 'sha256:fb0e7697d2c9465251f22c90f5e5809a86302af31d37973338a5785cc3190a76');
INSERT INTO public.user_events VALUES (12, 'afa05770-c918-4928-a907-6bef814c1727', '1d02f9ae-f581-41fb-a7ef-524db10700cd', 1, 'Created', 1, '{"email":"diego.ramirez@example.org","name":"Diego Ramírez","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$lHsLz1z01mX0eg3ciseoUg$ISckLICk414hecNBjzU+pMqvq2KNoWUY+11qERZj4bo"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-03T17:38:42.443521Z', 'sha256:a1c2f123b5aadd59112c0b3a656518870a3eb1c2780118f40ae2c65e573704af');
INSERT INTO public.user_events VALUES (13, '7841be79-baca-47dd-91e2-c2360216863a', '4ce1684b-d6f1-4114-a71e-c3fe1c4aea01', 2, 'Destroyed', 1, '{"reason":"duplicate account"}', '{"actor":"provisioning","causation_id":"d80f93bb-0326-49a3-aa83-d29dcfd9a75d","command":"user destroy"}', '2025-09-04T07:13:35.833285Z', 'sha256:8c59f1beaaf5180b473f52a507ef09e00d36b930860a29c9a42bd197a1c30e7b');
INSERT INTO public.user_events VALUES (15, 'ba52c349-b00d-41ef-8705-3423f0580e2a', 'c78c988d-4352-4313-84ff-6c386cd38c0d', 1, 'Created', 1, '{"email":"omar.farouk@example.com","name":"Omar Farouk","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$i92nZXg74q+KODUkVFFQdg$qnppo3p5KU+mcbPMQJ5uJUfPBuslwNNkbTv6Shcc05w"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-04T10:15:00.657570Z', 'sha256:f51defb1ab786e4533c48878ede86aa108b3ec0a2910828055f3a0459835c06a');
INSERT INTO public.user_events VALUES (16, 'fb3ac5eb-e51d-4955-adbb-94376f183053', '5491448c-be5a-4f5a-b9fa-1d6a496a8f48', 1, 'Created', 1, '{"email":"thandi.dlamini@example.com","name":"Thandiwe Dlamini","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$GT7AE4lAk9Wi2wEcg9y5UA$E4rLzOlfQYspJ5WIYEpmw5zJkid6/OCpp21ZgNlldv0"}', '{"actor":"provisioning","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-04T15:57:09.444619Z', 'sha256:037759e47db73b64df4b5dda2492bfb344f0080eca7005ab8e4d7e35bd7873ed');
INSERT INTO public.user_events VALUES (17, 'a6faf7d8-fe98-4da3-9b8f-d66325d2107e', '8f2fb77e-f556-46a5-9f65-f2ba94028add', 1, 'Created', 1, '{"email":"bjorn.lindqvist@example.net","name":"Björn Lindqvist","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$U7/ikZzVn4xztspUUQC/2A$W2aKcUOpyC19z8iuQ0rQmcs8SktruSeH/Ch3oWon4eI"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-04T17:17:56.774946Z', 'sha256:59273fa6cb666e4ea3bbae92921b86603c6424ebbea164fb2aafc5b5f244c31f');
INSERT INTO public.user_events VALUES (23, '271afdc9-012c-4581-87f6-b43bdbd76771', '825c234d-e806-46da-9c3b-296f737fa202', 2, 'Destroyed', 1, '{"reason":"requested deletion of their account"}', '{"actor":"provisioning","causation_id":"93f1c729-5391-466b-b5b3-fa4b3f495841","command":"user destroy"}', '2025-09-06T08:53:04.224193Z', 'sha256:9a688f65d863c2de9b2f2ec186d8b5d080767c5604ce3cdd20b2c60bde2f34a3');
INSERT INTO public.user_events VALUES (25, 'ff577806-a932-4fce-9d81-ee4993bcf02d', '5491448c-be5a-4f5a-b9fa-1d6a496a8f48', 2, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$4uG7z1/vPzYSjwvv4yub/A$n3QjTAdaaobairfXDQ59c0c/AjnvUz0EFf9MQoAaf2E"}', '{"actor":"provisioning","command":"user change-password"}', '2025-09-06T10:26:33.456601Z', 'sha256:a35a693444dc447694ec3d50ba53c5666ee74a7cd56384723bda3b2cf2ae4606');
INSERT INTO public.user_events VALUES (26, 'e969a155-ff05-4f70-a722-749f8dec70fc', '962e78ab-cca0-4d77-b5de-1f1e326b8b32', 1, 'Created', 1, '{"email":"marta.wisniewska@example.org","name":"Marta Wiśniewska","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$WDUhdz9LKMNAoM2vugV4lg$R7saDpsAg8pahXx7wZ8I2EdtEJ05knHs4idTdNX77oc"}', '{"actor":"provisioning","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-06T10:35:42.028933Z', 'sha256:341f8199e666ed2b575d3ab6ee12faac670c3058a76fe7dcfdd6a19c38253829');
INSERT INTO public.user_events VALUES (27, '38025af8-bdc9-47cb-83be-180b3fa2267e', 'ebea2b28-2006-4ddb-98c4-af8c5b2c505f', 1, 'Created', 1, '{"email":"leilani.kahale@example.net","name":"Leilani Kahale","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$bTKp58AiTkq15Gpyx0rwHg$jdbk6JyfLfiIqbuYfI83njDzFI7DupFlpcerJwVVAKM"}', '{"actor":"provisioning","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-06T13:10:14.670483Z', 'sha256:dcdcdef819bd59fad86e115bf314b8c248d6bb232cb51758f068f3e6dce2d690');
INSERT INTO public.user_events VALUES (28, '2714a932-c626-48dc-bbd9-cec6711a1f64', '8f766267-e22e-45f4-9c76-9aceb5d587f1', 1, 'Created', 1, '{"email":"support@example.org","name":"Leilani Kahale (Support)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$AjWoJB9KN0WYk4583TBeXA$XHOaxTDWrlKfCQRxzYn+6j+60NP8mASFEvmqV46jIXk"}', '{"actor":"helpdesk","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-06T15:58:40.286783Z', 'sha256:84e211bb615a6b7d71ab8a0646299880df8653b2029b16f84ba25be91088c217');
INSERT INTO public.user_events VALUES (29, '31b6845f-c9e6-4637-94e9-5437f6bc639b', '2c4b3af3-fd31-43fe-a385-0dd054ce84cf', 1, 'Created', 1, '{"email":"fz.benali@example.net","name":"Fatima Zahra Benali","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$JGOyQMX9UzMyFIEI/qEE9Q$Bq1bw0BKXrjsqJGLXD1gzGlkK7O7JpLgLkkpFyDPFuI"}', '{"actor":"helpdesk","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-06T16:45:38.244329Z', 'sha256:ffe79a5e01e57df2d6955672feec22d2e567d54377c2afdde5a1c005d7f04b3b');
INSERT INTO public.user_events VALUES (30, 'dc2b6999-f6a5-49de-8fa1-90e8dd0e1bab', '71d6c5bd-33cd-491b-9cd8-88d5c023fe76', 1, 'Created', 1, '{"email":"camila.rojas@mail.example.com","name":"Camila Rojas","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$HkHWUieCqa1OiCnQzrhIBQ$9IhTTPXGd02Y2pG7ex8duGSu4S7CP71T71sfQMIz0bI"}', '{"actor":"anna.ops","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-07T08:22:48.409679Z', 'sha256:2a22004cd4a24811269aa41294ad2280a38e1a60a355046b29153239e7b1f3f5');
INSERT INTO public.user_events VALUES (31, '7efb7b0a-5b62-43db-87fa-9cffed2b2690', '612830c0-0444-48a5-a286-78a397e94748', 1, 'Created', 1, '{"email":"chloe.dubois@example.net","name":"Chloé Dubois","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$aVNcT5T3igSdbUdh4a9YcA$M4wlraYQG3IQR4srtMfcmic2Eza/SctKhgXHNWnsGVs"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-07T13:21:52.074445Z', 'sha256:b3b1a5e75c3681a11e5b7f1a7218966fa1a9977b7a67a5b542fa5320bbbb87bd');
INSERT INTO public.user_events VALUES (32, 'dc250e88-c7ff-43de-a13d-3db2931a46fc', '8f766267-e22e-45f4-9c76-9aceb5d587f1', 2, 'Destroyed', 1, '{"reason":"mailbox handed over"}', '{"actor":"provisioning","causation_id":"5344ed67-ad34-4010-9a1a-cb07c4e7bf3f","command":"user destroy"}', '2025-09-07T15:19:32.212171Z', 'sha256:07fc6522f6c9b154cc313da46f8473dd81239ccc7ed9588f280dc27863f2f88f');
INSERT INTO public.user_events VALUES (35, '65c08578-c09b-49c5-b054-b78f2292d805', 'c3b96aae-e11a-41dc-8f6d-aaf9a3a549d3', 1, 'Created', 1, '{"email":"tugba.aksoy@example.com","name":"Tuğba Aksoy","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$ZHruEskpuSidnEj5pf0a1g$rF5XoXvgehHrUYvUci88aDr40+xQkLZJCIx8PAeI4k8"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-08T08:03:21.206824Z', 'sha256:01b7d90e326a1860c11b08540b1358736438fa930defe66fffbc4fc8e9de26c6');
INSERT INTO public.user_events VALUES (36, '633c8e8c-2cfb-417d-89a4-8011ffe86935', '1d02f9ae-f581-41fb-a7ef-524db10700cd', 2, 'Disabled', 1, '{"reason":"suspicious sign-ins"}', '{"actor":"provisioning","command":"user disable"}', '2025-09-08T12:50:04.864601Z', 'sha256:01a54de19bff9c5a249fe704d8ac04e7146527acafb21bc3e4e5e3f6345742a6');
INSERT INTO public.user_events VALUES (37, 'e666a2af-33d5-4780-ba7e-c4778d45aa11', 'c146d020-1c26-4131-ae8d-68723e477447', 1, 'Created', 1, '{"email":"yuki.tanaka@example.org","name":"田中 優希","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$MHXfBFZOsISILImYaPWM0A$+Ulh15vQeW9sUBSD+87yH6AspOw18hfGnL5B7s9D5xE"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-08T15:04:34.498011Z', 'sha256:3c2680d3cc946d176b49bced99ee3e219874dc6e6274847c6b960abdf1f1b0a7');
INSERT INTO public.user_events VALUES (38, '1093520b-95fc-4ee8-85e9-6537511ddd2c', 'e562e0d7-6681-4a0c-a8b6-d12c67bbb874', 1, 'Created', 1, '{"email":"emile.gagnon@example.com","name":"Émile Gagnon","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$/1YS7T/Ctey7YYSp1lU0iA$Tx4gUH4aAOCY+BN8hoogUziyr0/Pegw4DQzhYhyGoQs"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-08T16:45:55.450517Z', 'sha256:a1ea212bae6dfef4683e8b0015fc0dae84b6b0ed6fd6e10efc4354a8ec8f1e45');
INSERT INTO public.user_events VALUES (39, '0f3c3bf3-2067-403b-b709-d55d519bc085', '341456e1-cc39-4bb8-b787-a2b9622d610e', 1, 'Created', 1, '{"email":"ahmed.elsayed@example.com","name":"Ahmed El-Sayed","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$AoKMyab90YzxjITrpYOJVg$8sPI9tFK3jmFhtdkI7Qw9IBvjPAbGlUMfNWkO6eOgkI"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-08T17:38:27.556064Z', 'sha256:b406b32e486943862ff448253388470d4510746fcbb26d9824ecec4f15fa88c3');
INSERT INTO public.user_events VALUES (41, '1e52f956-9d37-4e8e-98ed-6feacec5d3c0', '64dc169c-5ad5-48ef-bc19-072ec1c78142', 1, 'Created', 1, '{"email":"support@example.org","name":"Marta Wiśniewska (Support)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$rUhuyxJFq9QC0/daC4N5HA$3fmvUEjXQY4lgbTgaTlF3DaKoufg/RjEt3mDDXXUYmQ"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-09T07:58:13.659971Z', 'sha256:fec6ecab136bc0b321d0309b8d3339c496f110f111443539860017aa9e3010f4');
INSERT INTO public.user_events VALUES (42, '0898fb1a-8233-440e-80bf-313eca369e8d', '612830c0-0444-48a5-a286-78a397e94748', 2, 'Renamed', 1, '{"name":"Chloé Martin"}', '{"actor":"anna.ops","command":"user rename"}', '2025-09-09T08:19:36.732245Z', 'sha256:9774577eaf1805aff79e5bfcae9c47d94b7d74b5fec78153e56636e5bd45b0b5');
INSERT INTO public.user_events VALUES (43, '85f651dd-6900-4099-afc7-628b184bc6b8', '58d382b2-6841-4932-9a96-7144e2d70d5e', 1, 'Created', 1, '{"email":"meiling.chen@example.net","name":"Mei-Ling Chen","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$+q0alHDs3ruGI8zbWgu+Kg$3njsfQEd5wZui6+WUXE3VeVXniC2Mrt5jvDQFTD+ayY"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-09T09:07:44.764625Z', 'sha256:dab7fe611574b4f23b3efdee584fb3b7a41d2d296897f47e9f681ef3061cfb36');
INSERT INTO public.user_events VALUES (44, '7e0dfa42-d8ca-43ab-84d6-72ebc885d475', 'e312c9a9-64c3-496e-988f-7f28b460a5b2', 1, 'Created', 1, '{"email":"aylin.yilmaz@example.com","name":"Aylin Yılmaz","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$IWYG9RVXSn1q/4Q+nMIlAQ$A/LMKjoSbDM1rLHnO1OKj3DroY0YvJyiT1+Q78Xia/0"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-09T10:30:12.346839Z', 'sha256:05c9048822a8fcb697566d08041110db8a34701984741744d085b0b10253d7ce');
INSERT INTO public.user_events VALUES (46, '0d6f52b9-d096-4cbe-b08d-1e51930b4608', 'dea3d6ec-9866-411e-b546-9970bc3395f5', 1, 'Created', 1, '{"email":"giulia.romano@eu.example.org","name":"Giulia Romano","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$Ktv+TXajsL+Wk36DAXFbEQ$3x/AkHNfPQRR5Aa7sIcAshu8obv/wNuLE1A7lwaFzCU"}', '{"actor":"provisioning","command":"user create"}', '2025-09-10T09:14:57.458254Z', 'sha256:35165def26899c05ad15d2e7b58cd7c41e7b5436b24eee4b1d0db0c17842f6cd');
INSERT INTO public.user_events VALUES (54, '0dca5db3-db87-4e45-9179-7d5455ff1606', 'ebea2b28-2006-4ddb-98c4-af8c5b2c505f', 2, 'Disabled', 1, '{"reason":"on parental leave"}', '{"actor":"helpdesk","command":"user disable"}', '2025-09-11T07:44:31.914546Z', 'sha256:7032c1413c0da94da13147cd992db89af21e4d869f45cae5110c2b9e2d95aeff');
INSERT INTO public.user_events VALUES (55, '88e70de7-885c-4fd5-9969-2218199cdbb8', '2e18dc86-9279-409e-b04c-9aa256247493', 1, 'Created', 1, '{"email":"noa.levi@mail.example.com","name":"Noa Levi","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$p2oE4XS7OL9pHbEvyDq43g$O9F2axm2m8aYHceXmxlcgvi57UE3TMJFk2xmY0K+Utg"}', '{"actor":"provisioning","command":"user create"}', '2025-09-11T17:42:59.639255Z', 'sha256:9548a1d51b7a1f90d97361cf721d97fc87fc2eb0f06b70327aa4b121c97fcfeb');
INSERT INTO public.user_events VALUES (56, '5e3b3ae1-1ea9-41c7-b84a-7437421231d9', '3ea342ce-4e2f-448e-97fb-22fb1c37b7e3', 1, 'Created', 1, '{"email":"kenji.watanabe@example.org","name":"渡辺 健二","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$KM5QL4zbmObHO/rhl5TfuQ$Zm3oMjF5oYryBaN/AcUpnkbddcdKBQnNDAl/jgr/1V8"}', '{"actor":"provisioning","command":"user create"}', '2025-09-12T08:17:58.560550Z', 'sha256:48aad7586c54c8755d18cee95849585ac9a2f1c2ef23f7c005f07dd84b6feb4f');
INSERT INTO public.user_events VALUES (57, '391026f6-8674-423c-8784-a21097abd340', '612830c0-0444-48a5-a286-78a397e94748', 3, 'Disabled', 1, '{"reason":"sabbatical"}', '{"actor":"mkowalski","command":"user disable"}', '2025-09-12T08:46:46.990169Z', 'sha256:a366a039e3039697703a1e49398c3a816bb63b95da08f50381dcab48f7ef098d');
INSERT INTO public.user_events VALUES (58, 'd538bc45-2503-4fa7-a321-ebade41a76a5', '341456e1-cc39-4bb8-b787-a2b9622d610e', 2, 'EmailChanged', 1, '{"email":"ahmed.elsayed@corp.example.com"}', '{"actor":"provisioning","command":"user change-email"}', '2025-09-12T12:09:48.347104Z', 'sha256:5dbdb969bf254630da9c15188ff0734b638b91c9f0ccef6a0e29187c1aa60d81');
INSERT INTO public.user_events VALUES (60, '5539b3f4-5e19-4566-9db9-332a1c00072e', '612830c0-0444-48a5-a286-78a397e94748', 4, 'Enabled', 1, '{}', '{"actor":"provisioning","command":"user enable"}', '2025-09-13T10:00:54.652380Z', 'sha256:863281eb885876c9b746515ed76659ee059d6b38b9f6947a58c7b93b35cebd07');
INSERT INTO public.user_events VALUES (61, '1b1fdedc-3921-4259-8edd-e39826d4e12f', '962e78ab-cca0-4d77-b5de-1f1e326b8b32', 2, 'EmailChanged', 1, '{"email":"marta.wisniewska@corp.example.com"}', '{"actor":"mkowalski","command":"user change-email"}', '2025-09-13T11:03:57.772380Z', 'sha256:69fd846edebfe5077b238ddf968b56851cf0b47b6bc5042500dff57a0afe4bca');
INSERT INTO public.user_events VALUES (62, '844896f0-9e02-4bc1-872e-0ab607d839bf', 'dea3d6ec-9866-411e-b546-9970bc3395f5', 2, 'Renamed', 1, '{"name":"Giulia Romano Ferri"}', '{"actor":"provisioning","command":"user rename"}', '2025-09-13T14:51:27.641443Z', 'sha256:772d8dbdc39690dc3ab2c50dee784520f218d3800d5cd0331ab157f34f9ef7c3');
INSERT INTO public.user_events VALUES (63, 'da0093dd-4cb0-4c0b-a792-a507310977d5', 'c3b96aae-e11a-41dc-8f6d-aaf9a3a549d3', 2, 'Destroyed', 1, '{}', '{"actor":"provisioning","command":"user destroy"}', '2025-09-14T09:09:45.015594Z', 'sha256:eec9dd092679a4221ffa5686985f5b76f29a94c8999f652124ac5a33aab1c4f3');
INSERT INTO public.user_events VALUES (64, '7283c5e3-ca3f-4567-bb07-595dac848143', 'c146d020-1c26-4131-ae8d-68723e477447', 2, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$k1HvPO3jmJOEkyb2s+U06A$AB6pAmC+Pj0v/cUAYQsqpClcVUs8tm+eg6u9JRe+8i4"}', '{"actor":"mkowalski","command":"user change-password"}', '2025-09-14T12:09:43.008583Z', 'sha256:55417aca686315c31709ca7411304b0cfc0b0067792ecc36b7540ffee1fa93c1');
INSERT INTO public.user_events VALUES (65, '25695c38-c5e9-4995-a545-bf309e5e6903', '3f1a8d7b-8724-4d6c-8866-f39b61e15599', 1, 'Created', 1, '{"email":"seun.adeyemi@mail.example.com","name":"Oluwaseun Adeyemi","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$KpvPfMASQK5UfDgVawsUKA$Cqqvs70J6lGs7kCsFM2f0FvJjHLgl3QCcxJ1ZDKTIPc"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-14T13:28:29.764319Z', 'sha256:400a5b02f0a901d2c4d46d933d47f2bfb48d6de89455c1a29c9d75a58f58222e');
INSERT INTO public.user_events VALUES (66, 'f949f12d-8287-415a-a245-376838c592c4', 'b5aab4a8-f42c-4c59-8a03-3ef80a55935e', 1, 'Created', 1, '{"email":"kwame.mensah@example.com","name":"Kwame Mensah","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$uBe+GOkxI2PuKmtdvog2bg$TIJ14pHURcP/e2V2rlU3Fovmh/9BUL1OOuFhKMZqCg4"}', '{"actor":"provisioning","command":"user create"}', '2025-09-15T09:37:57.087862Z', 'sha256:db3a26634ece3fff49ecc5ea61dc8f0b6cc292a2712de33c29feabb2b3ce7535');
INSERT INTO public.user_events VALUES (67, 'dc8c35fb-e6ca-48ae-b30e-ba44e06beb68', 'ecc1eb5a-d897-4ec6-9a01-4aab057793a3', 1, 'Created', 1, '{"email":"isabela.costa@mail.example.com","name":"Isabela Costa","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$vE1rsnHWavrV4Uk7pweqqA$H6mLOZfrQp02C6Wa/7pifaxOiyQ3ukv2/1T+Um55b9Q"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-15T10:22:54.212297Z', 'sha256:6881ad72acddd23ed5f7d71aed6806b552339654dbbe3559e0f7a159f3f003ce');
INSERT INTO public.user_events VALUES (68, 'ca3a3ed4-4a0d-4790-b865-92d2535729b5', '977bbb7f-87bd-499b-8868-45bc528b7cdc', 1, 'Created', 1, '{"email":"sid.iyer@example.net","name":"Siddharth Iyer","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$HVddPxlw3fZHzi1nWRUxAQ$HySdkxK9X0/1izzCWj2/gzMPG/bv+oA/93ksYeNBtVA"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-15T11:13:24.313813Z', 'sha256:f8f3973c65ff25d60cbb027366c1ea77d8b8bfef783fd96a20f77130b5ba8825');
INSERT INTO public.user_events VALUES (69, 'eaf80777-7c3a-4e23-b981-92e14ea964ba', 'c2329b90-f39a-4867-8544-899c8b6b2593', 1, 'Created', 1, '{"email":"aoife.nibhriain@example.com","name":"Aoife Ní Bhriain","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$m2Ao/yFEvhrjICmi0Mppqw$h0xa1vGBNuviqBxuS/jqithWDDEb/LwfqJsPDy6BLn8"}', '{"actor":"provisioning","command":"user create"}', '2025-09-15T11:40:48.531452Z', 'sha256:82f8563c3f5db74b89e3d15165d25df3b1a5a521858cba71d8495624347c67ca');
INSERT INTO public.user_events VALUES (70, 'b32bbc23-f09d-45c8-ac6f-fab29b4bd139', '0fad83fa-1dc2-4ddc-991b-92ff51e2e56b', 2, 'Destroyed', 1, '{"reason":"mailbox handed over"}', '{"actor":"helpdesk","causation_id":"368b6f03-89f6-4f60-8df3-2fb0fc0e7b69","command":"user destroy"}', '2025-09-16T10:10:10.945951Z', 'sha256:51ea73dab6cad656e16fdcf863921d79efebd94d46465ed2e2c5c53013efb3f9');
INSERT INTO public.user_events VALUES (73, '554e19f6-bc59-48d6-a0f7-ac0316f37051', 'e9859a10-f8ba-4050-9f07-858388dcb21e', 1, 'Created', 1, '{"email":"alexandros.papadopoulos@example.org","name":"Αλέξανδρος Παπαδόπουλος","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$zKA+7T5DZUtgxDwEqQPEZw$3qKjqrWtDp+DvFIOV73Nx3jxFojlAischXWEx2piHyc"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-16T12:35:25.575415Z', 'sha256:b64f25c952f32686a3e6c6aec2d8c782afcdd5d346db0ad3a3000fed1eb2d9af');
INSERT INTO public.user_events VALUES (74, 'bd206174-d5ee-40dc-92f7-ae042752c396', '71d6c5bd-33cd-491b-9cd8-88d5c023fe76', 2, 'Destroyed', 1, '{}', '{"actor":"mkowalski","command":"user destroy"}', '2025-09-17T10:48:03.471999Z', 'sha256:4c2a76a9d575d71c31719115a1de581c670521be49d084f66ca731f99617b694');
INSERT INTO public.user_events VALUES (78, 'b099a2f5-ee11-40a6-8e3b-5fc456c548be', '962e78ab-cca0-4d77-b5de-1f1e326b8b32', 3, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$VP5kTHFhDb3menaMAsHLMw$mFDJtm091Dx67B5C+m01kYdsvgtZ2nnqv7I2AdH31As"}', '{"actor":"anna.ops","command":"user change-password"}', '2025-09-17T14:52:40.416323Z', 'sha256:6d5cb44726a01f3a5dee7004720cd9b71d200c1991103db83074d97a528f652b');
INSERT INTO public.user_events VALUES (82, '106fa7f0-c8b9-470b-9ad8-acaf8d9aabc0', '977bbb7f-87bd-499b-8868-45bc528b7cdc', 2, 'Disabled', 1, '{"reason":"on parental leave"}', '{"actor":"anna.ops","command":"user disable"}', '2025-09-18T07:02:15.713572Z', 'sha256:1bdbbe924a57583bbba4b3de6621a7445a139ec962e55b703e260e2776afa4bc');
INSERT INTO public.user_events VALUES (83, '9fabe130-2d39-4551-8aa0-d4d12943ea2b', '6149ea22-8961-4e93-9929-a5f9fcc59c4f', 1, 'Created', 1, '{"email":"arjun.mehta@example.com","name":"Arjun Mehta","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$TSIbKI/192kRKHTmY20giA$9w3pVE3e+3j/31u0gzqdafxF3d1Ur6BifCWzF+ofMlI"}', '{"actor":"provisioning","command":"user create"}', '2025-09-18T08:25:21.060484Z', 'sha256:0df505a1a529af30ddd5a3f25410f1b826039902ba08fd23b0239be5b94c6789');
INSERT INTO public.user_events VALUES (84, '004894dd-3bda-4f0c-9747-8ed3f11b51fc', '1d02f9ae-f581-41fb-a7ef-524db10700cd', 3, 'Destroyed', 1, '{}', '{"actor":"provisioning","command":"user destroy"}', '2025-09-18T11:03:03.637692Z', 'sha256:647008af357ebb563df7de5c63854e507d0eb5b2e02f3677b112b3130a9524c1');
INSERT INTO public.user_events VALUES (85, 'f5b61e34-4f5d-4499-b855-9aec7f5aac07', '341456e1-cc39-4bb8-b787-a2b9622d610e', 3, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$+NgXefxLaUn4dvE/ILsnxg$s+HYxGIE/u2raRzJ8DbkFv4O6bZLp19/047LQfZ2CPo"}', '{"actor":"mkowalski","command":"user change-password"}', '2025-09-18T14:16:00.847103Z', 'sha256:fb2d661d44001e3d981ef5fb3410bf5222f7e34650f01ef0f4cdd5be6e158eb2');
INSERT INTO public.user_events VALUES (86, 'bd6ec10c-a3fe-49c4-a49f-88266a62d9b5', '977bbb7f-87bd-499b-8868-45bc528b7cdc', 3, 'Enabled', 1, '{}', '{"actor":"anna.ops","command":"user enable"}', '2025-09-18T16:53:15.492751Z', 'sha256:78cc3591970b6aa49b05c165c5cc13b6ae0b0e99a89df5ee68c7b557e571ea16');
INSERT INTO public.user_events VALUES (87, 'a9d99457-ff1a-4cf1-8e30-ab86072a2e26', '316948be-2605-4f60-91e6-63eb75328910', 1, 'Created', 1, '{"email":"zainab.hassan@example.org","name":"Zainab Hassan","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$XzKtVrWJQFJOtnp4cy3T0w$qNPK9tZOOqw4JwD/ga7w++chuEW55fgoedKdfMqERqg"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-19T08:54:39.520152Z', 'sha256:a2f00e1e20884164dee0dd54727614d87361063bb9f5aaf91ad61d8e04c1f3cf');
INSERT INTO public.user_events VALUES (88, '5dadb36e-779d-40e8-b536-ed06186f378d', '13cef12d-35bf-44f5-9e30-29809fb540ee', 1, 'Created', 1, '{"email":"billing@example.com","name":"Saoirse Byrne (Billing)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$qUDWIpc/UUusL4iKuWoMEg$1mwIPt5W1gwLG7pgVr47mNLbOf1z3NqSlJQdkk1rjyc"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-19T16:45:07.285168Z', 'sha256:b5fc4223cbba1c6a11fd93a0345e6108d2c3e829cce6605a2d62509b665d4faa');
INSERT INTO public.user_events VALUES (89, 'd7a0a287-8a34-4438-84a4-32ba4e3b04fd', '3ea342ce-4e2f-448e-97fb-22fb1c37b7e3', 2, 'Destroyed', 1, '{"reason":"duplicate account"}', '{"actor":"provisioning","causation_id":"eb389ece-d975-434e-a0aa-30ecad24f91f","command":"user destroy"}', '2025-09-20T07:06:15.596892Z', 'sha256:4d9832e1c50e17735100aa0444b422ca74c8fd37002fc7d403e4db08b316fa4b');
INSERT INTO public.user_events VALUES (92, '61587a00-5a3f-4276-98c7-f26855d8b074', '6037eb6a-8ae7-4020-b73c-c2ad63cf48ad', 1, 'Created', 1, '{"email":"joerg.schaefer@eu.example.org","name":"Jörg Schäfer","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$pPIoNZLquXpfS2fl739YKg$/ma9YLS6MMwAaSDgBg513kPu1ERntUoteNECWSkZjPI"}', '{"actor":"provisioning","command":"user create"}', '2025-09-21T12:48:07.731176Z', 'sha256:b7a87cb6e22c9241857c37d370946a86ad077951a278bd42626d8656658ff639');
INSERT INTO public.user_events VALUES (93, 'e9d2aaae-e32a-4b8a-9ed6-c10f946125aa', 'c6fb03cf-f05f-4908-9aba-f7cd5c0ae521', 1, 'Created', 1, '{"email":"ingrid.halvorsen@example.com","name":"Ingrid Halvorsen","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$EWsjzwrclyzFgGZQ4kzfFQ$ru3aIJCn9fFyS8YmCEBBI6LKbq+LnFpkvF9O40JIOGQ"}', '{"actor":"provisioning","command":"user create"}', '2025-09-22T15:49:45.729879Z', 'sha256:43d0839c5bf4adff4fdb2a9d64a8c517cdc60ea39247aedfcb153452a37ce21c');
INSERT INTO public.user_events VALUES (94, '760bb11d-9d5c-427d-bc53-e6da35c64943', '81ced410-a4f8-4159-898c-ec932687dda3', 1, 'Created', 1, '{"email":"hana.novakova@eu.example.org","name":"Hana Nováková","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$GeLJOdE6/Uwyqk8rv9Iv7A$a0brZeJ+j2AB2zzL74Xgn/HQkrza6ZG9kv3ztXXaVpI"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-23T08:53:59.982623Z', 'sha256:2564bed7d880876380b2de8bbee803f1868e49ac270367085a540f0219f542f3');
INSERT INTO public.user_events VALUES (95, 'c039da4e-4377-4507-ab53-718a3597c8fa', '0e24b473-dc71-441c-bbf1-831510754b52', 1, 'Created', 1, '{"email":"olena.kovalenko@example.com","name":"Олена Коваленко","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$GQiLKjt0kvMs8dP2aF97ag$CElKWw434RIehN66DjBNqj3BN5bhidpyayDJMm50wEk"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-23T09:05:52.621369Z', 'sha256:c1e575d270cd9f7400565faa64537584bc55d39e3dccd30e037f7c4cd2311516');
INSERT INTO public.user_events VALUES (96, 'cafd6296-3fd6-4d65-8c82-8db9d1ab76cd', '679cac0a-82ea-4a1f-b39a-1b71d8664a33', 1, 'Created', 1, '{"email":"mateo.fernandez@example.com","name":"Mateo Fernández","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$Ff4RG5WK/pHiamE0dy7icw$e6IwMzJJChWp01cgIm7+9FUjjomzqCqMeeDVxzNcnR4"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-23T12:03:00.070982Z', 'sha256:574f952dd3861cbe5e01ae8c06aacebc573bd3dd1d86a65ff9e60384e9f42251');
INSERT INTO public.user_events VALUES (97, '0f82157f-8f0e-4810-9259-1fe27b3dd100', '1df0c5c9-4e28-4a99-9a4d-82c8ad579526', 1, 'Created', 1, '{"email":"kenji.watanabe@example.org","name":"渡辺 健二","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$2I1oRaVk/EMmoG8msspt5g$n5hqhxAS3U93hlPZ/YabY/YdZ19WBcw3gTKptGunX7I"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-23T13:49:09.231627Z', 'sha256:fbfeeccd6894ace2134bbe4b78377f20e3b650c7c4dcf485694933dc86f5bfd0');
INSERT INTO public.user_events VALUES (98, 'c8f07996-41cb-44ef-ac94-a6e4c5a4a50f', '0e24b473-dc71-441c-bbf1-831510754b52', 2, 'EmailChanged', 1, '{"email":"olena.kovalenko@corp.example.com"}', '{"actor":"provisioning","command":"user change-email"}', '2025-09-24T07:59:22.090331Z', 'sha256:f013336234a96dde2395dbb2aa698764f82f76f4e589341329f5cf07495fbe0a');
INSERT INTO public.user_events VALUES (102, '63b4dff4-24f2-4558-82b0-55feccc4d861', '8667cbd7-5ca7-483b-82ef-136b91e742a9', 1, 'Created', 1, '{"email":"saoirse.byrne@example.org","name":"Saoirse Byrne","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$itQbozFoVRHYmSXmVoOFhw$dYwl4I8yM+wZlh1jR2fNmyfCKkAcbUEMX21a2LsBA8U"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-25T11:01:20.549183Z', 'sha256:cd3b935bc5631607cfbd1664a779904c1fd9a0c85fb6f2ab02621846066ff5d4');
INSERT INTO public.user_events VALUES (104, '29f84025-8e9d-4a2d-92c3-dbc54ba28e97', '5fa9f710-0b34-46f9-baa8-324f34b9283b', 1, 'Created', 1, '{"email":"diego.ramirez@example.org","name":"Diego Ramírez","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$OEl0oNJKV3Yi3Cv+UnMzeQ$wBj1ajOL/9fb7ovR9r+vVomBd2CM/n4z9/m3B5f6m+U"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-25T14:23:50.181288Z', 'sha256:e6eaee0a4c3fc10bbe9f7d40393ba027add91712289c880181bf983a4b0e0e69');
INSERT INTO public.user_events VALUES (105, 'dc004678-1c96-46ab-af1e-209e74f86856', '43e5d298-a5ec-4317-ac9f-8cc85199a51d', 1, 'Created', 1, '{"email":"rafael.oliveira@example.org","name":"Rafael Oliveira","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$5jkvcz9PKzGi9EqBXvSXaw$sLYYmZNH8oCCzsJMx8Nqt16EH2iXmEUddafgnQgEmLs"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-25T16:37:16.308641Z', 'sha256:670aac5af2af1b58ff73ae1cb0c767372af31b34f031570d3eeb6767038de82f');
INSERT INTO public.user_events VALUES (106, 'd004fcdb-e1a7-42b7-8627-84ee94151240', '7de28f75-712c-4260-9484-458990cffb3a', 1, 'Created', 1, '{"email":"priya.raghunathan@example.com","name":"Priya Raghunathan","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$aLhFPNqr+g30XvMQ1gtP8A$fq4GV4nc4N9t1nuJ1v+QBFfjmpbwEW4G7Eee01Iy7nc"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-25T17:42:21.435953Z', 'sha256:22ee844a5d9f0d78b3d5a621ba12875100da41d20b097d3f4940839f0835f6b2');
INSERT INTO public.user_events VALUES (108, '607d6354-dfc3-4a1c-a3e3-db55dd197f01', 'f0a5e04a-1eae-4339-b396-05e8a0816f3f', 1, 'Created', 1, '{"email":"hoa.nguyen@example.org","name":"Nguyễn Thị Hoa","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$nR8mcmTgWtaL6nG/v8nxYQ$uZryB30Bgn2u9dXjTNxV7P1jEB7bzX8fwkmkBzzQ/MQ"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-26T08:11:47.960625Z', 'sha256:d120aee5a74dd923bb5a62b15e7b0ef4afe755d8cbf93e2924803b521ec2bf3f');
INSERT INTO public.user_events VALUES (109, '6522f850-b9a4-4acf-be7e-206ad07f40e2', '52a7f245-1dc0-4bd7-a28e-547b63fd7881', 1, 'Created', 1, '{"email":"anais.lefevre@example.com","name":"Anaïs Lefèvre","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$v1iPTVmzaITyNbJGTc7qJw$bSIrxMChiv37eiEpwzLGeZtAkEHWPpsOqx1rnXGy8lA"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-26T11:46:00.998325Z', 'sha256:d7a0a7d04afd4666b4f0f9824d142ab4b3c0b1d2f1b9fe777d9e9f0a044a91b6');
INSERT INTO public.user_events VALUES (111, '5192692e-e5ba-4c5e-bc0a-bbd51410e692', 'f9250d18-3b2f-4cae-a027-07987163849f', 1, 'Created', 1, '{"email":"lars.eriksson@example.net","name":"Lars Eriksson","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$1jXPhuw/L43azVSXBEZSqQ$u2TYSLG4ez7YwWLwnzBRXc3QPYTKi985eERy80Z7W4s"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-26T14:50:15.298668Z', 'sha256:43589066c6af6acac46bdb0aa51cf3f0ac80d175f3414150be89e21e65d3b756');
INSERT INTO public.user_events VALUES (114, 'c87abeec-c333-4043-be7f-a90c67c04f34', 'c6714292-da14-4b56-ace2-7abd2f043312', 1, 'Created', 1, '{"email":"minjun.park@example.com","name":"박민준","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$mZgaNjSdQ//TNh7zZjhvJA$MwVgUtySs7NfJj++IPN65h6cpx693bfH9NglbRiQ5uA"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-27T08:32:33.501531Z', 'sha256:e2af868b8657d18c437c4ac3669d9e91e9398a8fb494dbec07eccd1804b9ce74');
INSERT INTO public.user_events VALUES (115, '28cc3320-6d0f-47b0-8c93-e86db2c8cbf0', '5217bb99-8ac5-4d8c-b45d-0182737b0c81', 1, 'Created', 1, '{"email":"sofia.mueller@example.org","name":"Sofia Müller","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$9eBYB3rChhzIpKRHsmDkcQ$jjTNGBlgALK6skkKLbn9T0HTKKCgyL1fgphgtaOgX6w"}', '{"actor":"provisioning","command":"user create"}', '2025-09-27T10:56:53.454987Z', 'sha256:a92f57074e11c96660b38dfd950659822d671238879cb2be0764e9407c2f74e9');
INSERT INTO public.user_events VALUES (116, '7fa46856-27ad-4775-a87a-8af04dafc176', 'a8679619-cc64-4fc5-87dd-944007ab6095', 1, 'Created', 1, '{"email":"wei.zhang@example.net","name":"张伟","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$d08OklP/4Asnc4vq9DpWzA$IfA6USuMgiuRiVLs9hMxF4x9GfK6Gt2mxx2b8b42uR0"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-27T11:09:16.665915Z', 'sha256:3df4c141ad66971bf590db7358b5c2f929fe75f2b77b6d54967c776ccf6f2a90');
INSERT INTO public.user_events VALUES (117, 'b92e6b36-64d4-4d79-a72f-aaedb1f3a2ce', '6149ea22-8961-4e93-9929-a5f9fcc59c4f', 2, 'Destroyed', 1, '{"reason":"duplicate account"}', '{"actor":"helpdesk","causation_id":"e8b64155-3571-4d72-902a-78d6d34da1d2","command":"user destroy"}', '2025-09-27T12:57:55.183734Z', 'sha256:9fcded10d3ef0c8c242a2c6260146d494d2598e991b3bbe54c9f53cf68e05498');
INSERT INTO public.user_events VALUES (118, '5bd3f53e-31f3-4d23-9603-6d9e3384a1c9', 'c2329b90-f39a-4867-8544-899c8b6b2593', 2, 'Destroyed', 1, '{"reason":"duplicate account"}', '{"actor":"mkowalski","causation_id":"46026c73-b06e-4acb-98c7-45be48f17878","command":"user destroy"}', '2025-09-28T08:02:55.638225Z', 'sha256:126d14f5ec23b62215e66279dcff1265aafcc02825746897cdceb0bd312cef09');
INSERT INTO public.user_events VALUES (121, '840ac326-1c4c-4277-b15d-8ac3c394a8d7', '4d9973bb-7cc8-4942-81be-930494ab99e7', 1, 'Created', 1, '{"email":"soren.kristensen@example.net","name":"Søren Kristensen","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$9Vnlv725iyswhA2q8FGwbw$EOiAjDsW4Jtpw66NELQ8GXwpEn7/BJ4QhyARUwmo6jE"}', '{"actor":"provisioning","command":"user create"}', '2025-09-28T12:08:47.086205Z', 'sha256:3b3a0e731fc65dedeedea02a379bc45b05688ecc847762f84124ebd4173f2380');
INSERT INTO public.user_events VALUES (123, '321ff4ff-f7ef-4edc-8007-2779537793be', '75956a7d-8bfb-4f7f-b4ca-e0759656eab5', 1, 'Created', 1, '{"email":"nadia.haddad@example.com","name":"Nadia Haddad","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$sGlb9g72EzHspahLVYs05Q$0jBDySFe9OLzZih27smn6fi/VsaHhi5oZuWmDiVl+ZM"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-28T14:29:48.591567Z', 'sha256:69d8191148a8342f9f0363a4f119f2b16399d68cb72c9dbc8c4bbedc44407365');
INSERT INTO public.user_events VALUES (124, '8f004f41-8e87-40e7-b59f-ff60c79fdb30', 'ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', 1, 'Created', 1, '{"email":"amara.okafor@example.com","name":"Amara Okafor","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$FMR8mMIYUDmCQa1ixuo2tw$2FbH7jgXeGU2xxfzDfub7oKRGGj+PKSz5bicVIo9A/g"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-28T15:27:30.346632Z', 'sha256:a564b91883e4598517267e664e2dd689a26a695cf8c75854618cd2cb960d619d');
INSERT INTO public.user_events VALUES (125, 'ed72fc1e-dcb1-49a8-baa9-5f745f9cf8e1', '316948be-2605-4f60-91e6-63eb75328910', 2, 'Destroyed', 1, '{}', '{"actor":"anna.ops","command":"user destroy"}', '2025-09-28T17:13:52.662564Z', 'sha256:36a65f4fb579f8772d1832433c1a53b7a8db46aa475ec22b83ec94faea1ca7d4');
INSERT INTO public.user_events VALUES (130, 'd0bcdbe4-c56f-46d1-b6e5-397de2959b86', '8b045af3-5a51-47a6-aa12-284012226711', 1, 'Created', 1, '{"email":"aoife.nibhriain@example.com","name":"Aoife Ní Bhriain","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$1lGQ4nkB6ea3KmZYLvrWzg$AbMTTheachi0UyHtMyvaew21qZxBla9AqxBCOrtPoJs"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-29T12:47:07.468226Z', 'sha256:6369bee1ed52a13085bc95f9952b6503c8ab80fd34c847c9e9fed8ba8f41f8f7');
INSERT INTO public.user_events VALUES (131, '98270096-599e-4c30-8b0e-f01e05fdb42a', '7de28f75-712c-4260-9484-458990cffb3a', 2, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$3s+lohs1FslyvQj40xGr5w$RVtA8AeJNXZ/3TMNObBfu9I1hgOLBR/DXHKR7T4rRY0"}', '{"actor":"anna.ops","command":"user change-password"}', '2025-09-29T14:00:35.349121Z', 'sha256:a400739a2f7a7fc9ec9bb313dbd66aba11fc031bbe36f3108feb69bf407793b1');
INSERT INTO public.user_events VALUES (132, '0a153fb8-efbb-4663-8227-f85d9b551572', '43e5d298-a5ec-4317-ac9f-8cc85199a51d', 2, 'EmailChanged', 1, '{"email":"rafael.oliveira@corp.example.com"}', '{"actor":"anna.ops","command":"user change-email"}', '2025-09-29T16:41:40.212480Z', 'sha256:9a29a755d56685b92e3e8fba78e386133f32a3377ada3932492b21381e888666');
INSERT INTO public.user_events VALUES (133, '70598d64-594e-4fcc-8a2c-ef99600ce8ca', '316948be-2605-4f60-91e6-63eb75328910', 3, 'Restored', 1, '{}', '{"actor":"anna.ops","command":"user restore"}', '2025-09-29T17:25:29.374423Z', 'sha256:b4955a561d2c6fe30d00988ea4bb5ccccce734bc1c2ba561b4d997d373cee41f');
INSERT INTO public.user_events VALUES (137, '7cfa2f9b-13d6-4552-b889-7fdd815dddba', '81ced410-a4f8-4159-898c-ec932687dda3', 2, 'Renamed', 1, '{"name":"Hana Dvořáková"}', '{"actor":"mkowalski","command":"user rename"}', '2025-09-30T15:31:58.335918Z', 'sha256:ae4257cc18de198f705d300afb84eea2c1b7d932f7c5c43e62cdfb7f5fefa1a0');
INSERT INTO public.user_events VALUES (139, 'acd21687-539c-4f52-99cc-0c9643601dd2', 'ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', 2, 'Renamed', 1, '{"name":"Amara Okafor-Bello"}', '{"actor":"anna.ops","command":"user rename"}', '2025-10-01T10:53:41.834837Z', 'sha256:74102dc9c33c7b463624fd4824a2cab75a7195543596afcbf254bea9cd4be81d');
INSERT INTO public.user_events VALUES (141, '1eef8731-9467-451d-9191-6564b612a217', 'f9250d18-3b2f-4cae-a027-07987163849f', 2, 'Renamed', 1, '{"name":"Lars Eriksson Nyberg"}', '{"actor":"mkowalski","command":"user rename"}', '2025-10-02T16:53:08.234323Z', 'sha256:d7e405c1d1b845d3e9ce28c7c1bc31f66bb7acc51452f0eceae25710abc0534e');
INSERT INTO public.user_events VALUES (143, '2a09553f-6dac-4f64-acc5-fcaae458e62d', '43e5d298-a5ec-4317-ac9f-8cc85199a51d', 3, 'Destroyed', 1, '{}', '{"actor":"mkowalski","command":"user destroy"}', '2025-10-07T14:03:57.684726Z', 'sha256:fc237f9719b2f5102ac98fabe765792df505330ac6fa6c6ad93194359d21a772');
INSERT INTO public.user_events VALUES (144, 'cd5aa045-a122-4b0c-8868-0c6f053938a3', '679cac0a-82ea-4a1f-b39a-1b71d8664a33', 2, 'Destroyed', 1, '{}', '{"actor":"provisioning","command":"user destroy"}', '2025-10-07T17:04:19.830950Z', 'sha256:cccae305f0b052b554c2f1302783f148c0ee8b75a9a584f721ef2777ad0c534b');
INSERT INTO public.user_events VALUES (146, 'fea198f8-7b3f-46c8-af2b-0ad276dafce6', '0e24b473-dc71-441c-bbf1-831510754b52', 3, 'Destroyed', 1, '{"reason":"requested deletion of their account"}', '{"actor":"mkowalski","causation_id":"e7221569-100d-4079-95b5-d18e815bd1ed","command":"user destroy"}', '2025-10-07T17:47:00.074199Z', 'sha256:f32e18a5c373a5727e0b1f696261571a7954b875fe471ee25f6d88350fc0954f');
INSERT INTO public.user_events VALUES (149, 'b00ac07e-8588-45d9-b82b-93ad69afa8d4', 'f505d76f-2720-4752-bee0-c29640f62d66', 1, 'Created', 1, '{"email":"mateo.fernandez@example.com","name":"Mateo Fernández","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$/uZ4NUbMIRxQcaugqP3qbQ$atagjkrACDUD+sbA4jU5HmJG0RGZ5BVJ2ScxgaPj4pc"}', '{"actor":"anna.ops","command":"user create"}', '2025-10-09T17:44:14.191672Z', 'sha256:f891b7acc8fa8572b2d17b7156fc6bd808a744bd87b67ece0ea89d2a127185f5');
INSERT INTO public.user_events VALUES (151, '42af01ac-038b-4023-b1d3-b76466554ee3', '5fad77bd-2b4e-4e3a-a6d4-8d6c6f0e116a', 1, 'Created', 1, '{"email":"vera@example.com","name":"Vera Three","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$q3VOyRljjFGKUSrF2BvDOA$c/6RrcXhOdkmyhHYL9IHkuWuo7171N1VoFwpGyNwhfQ"}', '{"actor":"root","command":"user create"}', '2026-12-02T10:40:46.823402Z', 'sha256:094d6addfad5db800615854971bceede7dd9104273d624f5c0df083a9250b751');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('8f2fb77e-f556-46a5-9f65-f2ba94028add', 'Björn Lindqvist', 'bjorn.lindqvist@example.net', 'bjorn.lindqvist@example.net', '$argon2id$v=19$m=65536,t=3,p=4$U7/ikZzVn4xztspUUQC/2A$W2aKcUOpyC19z8iuQ0rQmcs8SktruSeH/Ch3oWon4eI', 'live', false, false, 1, '2025-09-04T17:17:56.774946Z', '2025-09-04T17:17:56.774946Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('316948be-2605-4f60-91e6-63eb75328910', 'Zainab Hassan', 'zainab.hassan@example.org', 'zainab.hassan@example.org', '$argon2id$v=19$m=65536,t=3,p=4$XzKtVrWJQFJOtnp4cy3T0w$qNPK9tZOOqw4JwD/ga7w++chuEW55fgoedKdfMqERqg', 'live', false, false, 3, '2025-09-19T08:54:39.520152Z', '2025-09-29T17:25:29.374423Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('3ea342ce-4e2f-448e-97fb-22fb1c37b7e3', '渡辺 健二', 'kenji.watanabe@example.org', 'kenji.watanabe@example.org', '$argon2id$v=19$m=65536,t=3,p=4$KM5QL4zbmObHO/rhl5TfuQ$Zm3oMjF5oYryBaN/AcUpnkbddcdKBQnNDAl/jgr/1V8', 'destroyed', true, false, 2, '2025-09-12T08:17:58.560550Z', '2025-09-20T07:06:15.596892Z', NULL, '2025-09-20T07:06:15.596892Z', NULL, 'duplicate account');
INSERT INTO public.users VALUES ('341456e1-cc39-4bb8-b787-a2b9622d610e', 'Ahmed El-Sayed', 'ahmed.elsayed@corp.example.com', 'ahmed.elsayed@corp.example.com', '$argon2id$v=19$m=65536,t=3,p=4$+NgXefxLaUn4dvE/ILsnxg$s+HYxGIE/u2raRzJ8DbkFv4O6bZLp19/047LQfZ2CPo', 'live', false, false, 3, '2025-09-08T17:38:27.556064Z', '2025-09-18T14:16:00.847103Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('e312c9a9-64c3-496e-988f-7f28b460a5b2', 'Aylin Yılmaz', 'aylin.yilmaz@example.com', 'aylin.yilmaz@example.com', '$argon2id$v=19$m=65536,t=3,p=4$IWYG9RVXSn1q/4Q+nMIlAQ$A/LMKjoSbDM1rLHnO1OKj3DroY0YvJyiT1+Q78Xia/0', 'live', false, false, 1, '2025-09-09T10:30:12.346839Z', '2025-09-09T10:30:12.346839Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('e9859a10-f8ba-4050-9f07-858388dcb21e', 'Αλέξανδρος Παπαδόπουλος', 'alexandros.papadopoulos@example.org', 'alexandros.papadopoulos@example.org', '$argon2id$v=19$m=65536,t=3,p=4$zKA+7T5DZUtgxDwEqQPEZw$3qKjqrWtDp+DvFIOV73Nx3jxFojlAischXWEx2piHyc', 'live', false, false, 1, '2025-09-16T12:35:25.575415Z', '2025-09-16T12:35:25.575415Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('52a7f245-1dc0-4bd7-a28e-547b63fd7881', 'Anaïs Lefèvre', 'anais.lefevre@example.com', 'anais.lefevre@example.com', '$argon2id$v=19$m=65536,t=3,p=4$v1iPTVmzaITyNbJGTc7qJw$bSIrxMChiv37eiEpwzLGeZtAkEHWPpsOqx1rnXGy8lA', 'live', false, false, 1, '2025-09-26T11:46:00.998325Z', '2025-09-26T11:46:00.998325Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c3b96aae-e11a-41dc-8f6d-aaf9a3a549d3', 'Tuğba Aksoy', 'tugba.aksoy@example.com', 'tugba.aksoy@example.com', '$argon2id$v=19$m=65536,t=3,p=4$ZHruEskpuSidnEj5pf0a1g$rF5XoXvgehHrUYvUci88aDr40+xQkLZJCIx8PAeI4k8', 'destroyed', true, false, 2, '2025-09-08T08:03:21.206824Z', '2025-09-14T09:09:45.015594Z', NULL, '2025-09-14T09:09:45.015594Z', NULL, NULL);
INSERT INTO public.users VALUES ('702d6f2b-211c-4228-b7e7-5ee9817f2824', 'Dmitri Volkov', 'dmitri.volkov@example.com', 'dmitri.volkov@example.com', '$argon2id$v=19$m=65536,t=3,p=4$QE/fJtyGydVcklTYP13YmQ$V/K8yOce85H2nYi0t62fbhwSoWQt2GFycH+CDR26ZZ0', 'live', false, false, 1, '2025-09-03T08:27:07.185972Z', '2025-09-03T08:27:07.185972Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('5491448c-be5a-4f5a-b9fa-1d6a496a8f48', 'Thandiwe Dlamini', 'thandi.dlamini@example.com', 'thandi.dlamini@example.com', '$argon2id$v=19$m=65536,t=3,p=4$4uG7z1/vPzYSjwvv4yub/A$n3QjTAdaaobairfXDQ59c0c/AjnvUz0EFf9MQoAaf2E', 'live', false, false, 2, '2025-09-04T15:57:09.444619Z', '2025-09-06T10:26:33.456601Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('b5aab4a8-f42c-4c59-8a03-3ef80a55935e', 'Kwame Mensah', 'kwame.mensah@example.com', 'kwame.mensah@example.com', '$argon2id$v=19$m=65536,t=3,p=4$uBe+GOkxI2PuKmtdvog2bg$TIJ14pHURcP/e2V2rlU3Fovmh/9BUL1OOuFhKMZqCg4', 'live', false, false, 1, '2025-09-15T09:37:57.087862Z', '2025-09-15T09:37:57.087862Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('a8679619-cc64-4fc5-87dd-944007ab6095', '张伟', 'wei.zhang@example.net', 'wei.zhang@example.net', '$argon2id$v=19$m=65536,t=3,p=4$d08OklP/4Asnc4vq9DpWzA$IfA6USuMgiuRiVLs9hMxF4x9GfK6Gt2mxx2b8b42uR0', 'live', false, false, 1, '2025-09-27T11:09:16.665915Z', '2025-09-27T11:09:16.665915Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('ecc1eb5a-d897-4ec6-9a01-4aab057793a3', 'Isabela Costa', 'isabela.costa@mail.example.com', 'isabela.costa@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$vE1rsnHWavrV4Uk7pweqqA$H6mLOZfrQp02C6Wa/7pifaxOiyQ3ukv2/1T+Um55b9Q', 'live', false, false, 1, '2025-09-15T10:22:54.212297Z', '2025-09-15T10:22:54.212297Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c6fb03cf-f05f-4908-9aba-f7cd5c0ae521', 'Ingrid Halvorsen', 'ingrid.halvorsen@example.com', 'ingrid.halvorsen@example.com', '$argon2id$v=19$m=65536,t=3,p=4$EWsjzwrclyzFgGZQ4kzfFQ$ru3aIJCn9fFyS8YmCEBBI6LKbq+LnFpkvF9O40JIOGQ', 'live', false, false, 1, '2025-09-22T15:49:45.729879Z', '2025-09-22T15:49:45.729879Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('dea3d6ec-9866-411e-b546-9970bc3395f5', 'Giulia Romano Ferri', 'giulia.romano@eu.example.org', 'giulia.romano@eu.example.org', '$argon2id$v=19$m=65536,t=3,p=4$Ktv+TXajsL+Wk36DAXFbEQ$3x/AkHNfPQRR5Aa7sIcAshu8obv/wNuLE1A7lwaFzCU', 'live', false, false, 2, '2025-09-10T09:14:57.458254Z', '2025-09-13T14:51:27.641443Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('8667cbd7-5ca7-483b-82ef-136b91e742a9', 'Saoirse Byrne', 'saoirse.byrne@example.org', 'saoirse.byrne@example.org', '$argon2id$v=19$m=65536,t=3,p=4$itQbozFoVRHYmSXmVoOFhw$dYwl4I8yM+wZlh1jR2fNmyfCKkAcbUEMX21a2LsBA8U', 'live', false, false, 1, '2025-09-25T11:01:20.549183Z', '2025-09-25T11:01:20.549183Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('0e24b473-dc71-441c-bbf1-831510754b52', 'Олена Коваленко', 'olena.kovalenko@corp.example.com', 'olena.kovalenko@corp.example.com', '$argon2id$v=19$m=65536,t=3,p=4$GQiLKjt0kvMs8dP2aF97ag$CElKWw434RIehN66DjBNqj3BN5bhidpyayDJMm50wEk', 'destroyed', true, false, 3, '2025-09-23T09:05:52.621369Z', '2025-10-07T17:47:00.074199Z', NULL, '2025-10-07T17:47:00.074199Z', NULL, 'requested deletion of their account');
INSERT INTO public.users VALUES ('81ced410-a4f8-4159-898c-ec932687dda3', 'Hana Dvořáková', 'hana.novakova@eu.example.org', 'hana.novakova@eu.example.org', '$argon2id$v=19$m=65536,t=3,p=4$GeLJOdE6/Uwyqk8rv9Iv7A$a0brZeJ+j2AB2zzL74Xgn/HQkrza6ZG9kv3ztXXaVpI', 'live', false, false, 2, '2025-09-23T08:53:59.982623Z', '2025-09-30T15:31:58.335918Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('3f1a8d7b-8724-4d6c-8866-f39b61e15599', 'Oluwaseun Adeyemi', 'seun.adeyemi@mail.example.com', 'seun.adeyemi@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$KpvPfMASQK5UfDgVawsUKA$Cqqvs70J6lGs7kCsFM2f0FvJjHLgl3QCcxJ1ZDKTIPc', 'live', false, false, 1, '2025-09-14T13:28:29.764319Z', '2025-09-14T13:28:29.764319Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('4ce1684b-d6f1-4114-a71e-c3fe1c4aea01', 'Łukasz Kowalski', 'lukasz.kowalski@example.com', 'lukasz.kowalski@example.com', '$argon2id$v=19$m=65536,t=3,p=4$8Ng3v+fjOnW6ieKPtYDEQQ$AgnDarJ+HpiPcTMExPSmGCOwKulhZKX1ZRXKJhtNGt4', 'destroyed', true, false, 2, '2025-09-03T07:12:48.208450Z', '2025-09-04T07:13:35.833285Z', NULL, '2025-09-04T07:13:35.833285Z', NULL, 'duplicate account');
INSERT INTO public.users VALUES ('612830c0-0444-48a5-a286-78a397e94748', 'Chloé Martin', 'chloe.dubois@example.net', 'chloe.dubois@example.net', '$argon2id$v=19$m=65536,t=3,p=4$aVNcT5T3igSdbUdh4a9YcA$M4wlraYQG3IQR4srtMfcmic2Eza/SctKhgXHNWnsGVs', 'live', false, false, 4, '2025-09-07T13:21:52.074445Z', '2025-09-13T10:00:54.652380Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('1d02f9ae-f581-41fb-a7ef-524db10700cd', 'Diego Ramírez', 'diego.ramirez@example.org', 'diego.ramirez@example.org', '$argon2id$v=19$m=65536,t=3,p=4$lHsLz1z01mX0eg3ciseoUg$ISckLICk414hecNBjzU+pMqvq2KNoWUY+11qERZj4bo', 'destroyed', true, true, 3, '2025-09-03T17:38:42.443521Z', '2025-09-18T11:03:03.637692Z', '2025-09-08T12:50:04.864601Z', '2025-09-18T11:03:03.637692Z', 'suspicious sign-ins', NULL);
INSERT INTO public.users VALUES ('c146d020-1c26-4131-ae8d-68723e477447', '田中 優希', 'yuki.tanaka@example.org', 'yuki.tanaka@example.org', '$argon2id$v=19$m=65536,t=3,p=4$k1HvPO3jmJOEkyb2s+U06A$AB6pAmC+Pj0v/cUAYQsqpClcVUs8tm+eg6u9JRe+8i4', 'live', false, false, 2, '2025-09-08T15:04:34.498011Z', '2025-09-14T12:09:43.008583Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('7de28f75-712c-4260-9484-458990cffb3a', 'Priya Raghunathan', 'priya.raghunathan@example.com', 'priya.raghunathan@example.com', '$argon2id$v=19$m=65536,t=3,p=4$3s+lohs1FslyvQj40xGr5w$RVtA8AeJNXZ/3TMNObBfu9I1hgOLBR/DXHKR7T4rRY0', 'live', false, false, 2, '2025-09-25T17:42:21.435953Z', '2025-09-29T14:00:35.349121Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('75956a7d-8bfb-4f7f-b4ca-e0759656eab5', 'Nadia Haddad', 'nadia.haddad@example.com', 'nadia.haddad@example.com', '$argon2id$v=19$m=65536,t=3,p=4$sGlb9g72EzHspahLVYs05Q$0jBDySFe9OLzZih27smn6fi/VsaHhi5oZuWmDiVl+ZM', 'live', false, false, 1, '2025-09-28T14:29:48.591567Z', '2025-09-28T14:29:48.591567Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('ebea2b28-2006-4ddb-98c4-af8c5b2c505f', 'Leilani Kahale', 'leilani.kahale@example.net', 'leilani.kahale@example.net', '$argon2id$v=19$m=65536,t=3,p=4$bTKp58AiTkq15Gpyx0rwHg$jdbk6JyfLfiIqbuYfI83njDzFI7DupFlpcerJwVVAKM', 'disabled', false, true, 2, '2025-09-06T13:10:14.670483Z', '2025-09-11T07:44:31.914546Z', '2025-09-11T07:44:31.914546Z', NULL, 'on parental leave', NULL);
INSERT INTO public.users VALUES ('58d382b2-6841-4932-9a96-7144e2d70d5e', 'Mei-Ling Chen', 'meiling.chen@example.net', 'meiling.chen@example.net', '$argon2id$v=19$m=65536,t=3,p=4$+q0alHDs3ruGI8zbWgu+Kg$3njsfQEd5wZui6+WUXE3VeVXniC2Mrt5jvDQFTD+ayY', 'live', false, false, 1, '2025-09-09T09:07:44.764625Z', '2025-09-09T09:07:44.764625Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('679cac0a-82ea-4a1f-b39a-1b71d8664a33', 'Mateo Fernández', 'mateo.fernandez@example.com', 'mateo.fernandez@example.com', '$argon2id$v=19$m=65536,t=3,p=4$Ff4RG5WK/pHiamE0dy7icw$e6IwMzJJChWp01cgIm7+9FUjjomzqCqMeeDVxzNcnR4', 'destroyed', true, false, 2, '2025-09-23T12:03:00.070982Z', '2025-10-07T17:04:19.830950Z', NULL, '2025-10-07T17:04:19.830950Z', NULL, NULL);
INSERT INTO public.users VALUES ('4d9973bb-7cc8-4942-81be-930494ab99e7', 'Søren Kristensen', 'soren.kristensen@example.net', 'soren.kristensen@example.net', '$argon2id$v=19$m=65536,t=3,p=4$9Vnlv725iyswhA2q8FGwbw$EOiAjDsW4Jtpw66NELQ8GXwpEn7/BJ4QhyARUwmo6jE', 'live', false, false, 1, '2025-09-28T12:08:47.086205Z', '2025-09-28T12:08:47.086205Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('1df0c5c9-4e28-4a99-9a4d-82c8ad579526', '渡辺 健二', 'kenji.watanabe@example.org', 'kenji.watanabe@example.org', '$argon2id$v=19$m=65536,t=3,p=4$2I1oRaVk/EMmoG8msspt5g$n5hqhxAS3U93hlPZ/YabY/YdZ19WBcw3gTKptGunX7I', 'live', false, false, 1, '2025-09-23T13:49:09.231627Z', '2025-09-23T13:49:09.231627Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('825c234d-e806-46da-9c3b-296f737fa202', 'José María García', 'josemaria.garcia@example.com', 'josemaria.garcia@example.com', '$argon2id$v=19$m=65536,t=3,p=4$mvJzP8F5Rl4ypNStZE51ug$agZZdPQwSsK1t6TosG0sHd64Ukng34vvEX3xseDkWIo', 'destroyed', true, false, 2, '2025-09-01T09:44:40.816316Z', '2025-09-06T08:53:04.224193Z', NULL, '2025-09-06T08:53:04.224193Z', NULL, 'requested deletion of their account');
INSERT INTO public.users VALUES ('b90cdebf-f67f-4236-96b0-ab8ab3af99d5', 'Tomás Ó Súilleabháin', 'tomas.osullivan@example.com', 'tomas.osullivan@example.com', '$argon2id$v=19$m=65536,t=3,p=4$U3HMkr9EYOWVTeAubWl7mg$dQ7Hgnue5GrYzfaEKoDuMN5qfaSrpsNkInZq1Vt0hNE', 'live', false, false, 1, '2025-09-02T09:49:34.632924Z', '2025-09-02T09:49:34.632924Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('962e78ab-cca0-4d77-b5de-1f1e326b8b32', 'Marta Wiśniewska', 'marta.wisniewska@corp.example.com', 'marta.wisniewska@corp.example.com', '$argon2id$v=19$m=65536,t=3,p=4$VP5kTHFhDb3menaMAsHLMw$mFDJtm091Dx67B5C+m01kYdsvgtZ2nnqv7I2AdH31As', 'live', false, false, 3, '2025-09-06T10:35:42.028933Z', '2025-09-17T14:52:40.416323Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('5fa9f710-0b34-46f9-baa8-324f34b9283b', 'Diego Ramírez', 'diego.ramirez@example.org', 'diego.ramirez@example.org', '$argon2id$v=19$m=65536,t=3,p=4$OEl0oNJKV3Yi3Cv+UnMzeQ$wBj1ajOL/9fb7ovR9r+vVomBd2CM/n4z9/m3B5f6m+U', 'live', false, false, 1, '2025-09-25T14:23:50.181288Z', '2025-09-25T14:23:50.181288Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('13cef12d-35bf-44f5-9e30-29809fb540ee', 'Saoirse Byrne (Billing)', 'billing@example.com', 'billing@example.com', '$argon2id$v=19$m=65536,t=3,p=4$qUDWIpc/UUusL4iKuWoMEg$1mwIPt5W1gwLG7pgVr47mNLbOf1z3NqSlJQdkk1rjyc', 'live', false, false, 1, '2025-09-19T16:45:07.285168Z', '2025-09-19T16:45:07.285168Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('8f766267-e22e-45f4-9c76-9aceb5d587f1', 'Leilani Kahale (Support)', 'support@example.org', 'support@example.org', '$argon2id$v=19$m=65536,t=3,p=4$AjWoJB9KN0WYk4583TBeXA$XHOaxTDWrlKfCQRxzYn+6j+60NP8mASFEvmqV46jIXk', 'destroyed', true, false, 2, '2025-09-06T15:58:40.286783Z', '2025-09-07T15:19:32.212171Z', NULL, '2025-09-07T15:19:32.212171Z', NULL, 'mailbox handed over');
INSERT INTO public.users VALUES ('ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', 'Amara Okafor-Bello', 'amara.okafor@example.com', 'amara.okafor@example.com', '$argon2id$v=19$m=65536,t=3,p=4$FMR8mMIYUDmCQa1ixuo2tw$2FbH7jgXeGU2xxfzDfub7oKRGGj+PKSz5bicVIo9A/g', 'live', false, false, 2, '2025-09-28T15:27:30.346632Z', '2025-10-01T10:53:41.834837Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('5217bb99-8ac5-4d8c-b45d-0182737b0c81', 'Sofia Müller', 'sofia.mueller@example.org', 'sofia.mueller@example.org', '$argon2id$v=19$m=65536,t=3,p=4$9eBYB3rChhzIpKRHsmDkcQ$jjTNGBlgALK6skkKLbn9T0HTKKCgyL1fgphgtaOgX6w', 'live', false, false, 1, '2025-09-27T10:56:53.454987Z', '2025-09-27T10:56:53.454987Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('2e18dc86-9279-409e-b04c-9aa256247493', 'Noa Levi', 'noa.levi@mail.example.com', 'noa.levi@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$p2oE4XS7OL9pHbEvyDq43g$O9F2axm2m8aYHceXmxlcgvi57UE3TMJFk2xmY0K+Utg', 'live', false, false, 1, '2025-09-11T17:42:59.639255Z', '2025-09-11T17:42:59.639255Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('f505d76f-2720-4752-bee0-c29640f62d66', 'Mateo Fernández', 'mateo.fernandez@example.com', 'mateo.fernandez@example.com', '$argon2id$v=19$m=65536,t=3,p=4$/uZ4NUbMIRxQcaugqP3qbQ$atagjkrACDUD+sbA4jU5HmJG0RGZ5BVJ2ScxgaPj4pc', 'live', false, false, 1, '2025-10-09T17:44:14.191672Z', '2025-10-09T17:44:14.191672Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('f0a5e04a-1eae-4339-b396-05e8a0816f3f', 'Nguyễn Thị Hoa', 'hoa.nguyen@example.org', 'hoa.nguyen@example.org', '$argon2id$v=19$m=65536,t=3,p=4$nR8mcmTgWtaL6nG/v8nxYQ$uZryB30Bgn2u9dXjTNxV7P1jEB7bzX8fwkmkBzzQ/MQ', 'live', false, false, 1, '2025-09-26T08:11:47.960625Z', '2025-09-26T08:11:47.960625Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('f9250d18-3b2f-4cae-a027-07987163849f', 'Lars Eriksson Nyberg', 'lars.eriksson@example.net', 'lars.eriksson@example.net', '$argon2id$v=19$m=65536,t=3,p=4$1jXPhuw/L43azVSXBEZSqQ$u2TYSLG4ez7YwWLwnzBRXc3QPYTKi985eERy80Z7W4s', 'live', false, false, 2, '2025-09-26T14:50:15.298668Z', '2025-10-02T16:53:08.234323Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c78c988d-4352-4313-84ff-6c386cd38c0d', 'Omar Farouk', 'omar.farouk@example.com', 'omar.farouk@example.com', '$argon2id$v=19$m=65536,t=3,p=4$i92nZXg74q+KODUkVFFQdg$qnppo3p5KU+mcbPMQJ5uJUfPBuslwNNkbTv6Shcc05w', 'live', false, false, 1, '2025-09-04T10:15:00.657570Z', '2025-09-04T10:15:00.657570Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('2c4b3af3-fd31-43fe-a385-0dd054ce84cf', 'Fatima Zahra Benali', 'fz.benali@example.net', 'fz.benali@example.net', '$argon2id$v=19$m=65536,t=3,p=4$JGOyQMX9UzMyFIEI/qEE9Q$Bq1bw0BKXrjsqJGLXD1gzGlkK7O7JpLgLkkpFyDPFuI', 'live', false, false, 1, '2025-09-06T16:45:38.244329Z', '2025-09-06T16:45:38.244329Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('e562e0d7-6681-4a0c-a8b6-d12c67bbb874', 'Émile Gagnon', 'emile.gagnon@example.com', 'emile.gagnon@example.com', '$argon2id$v=19$m=65536,t=3,p=4$/1YS7T/Ctey7YYSp1lU0iA$Tx4gUH4aAOCY+BN8hoogUziyr0/Pegw4DQzhYhyGoQs', 'live', false, false, 1, '2025-09-08T16:45:55.450517Z', '2025-09-08T16:45:55.450517Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('71d6c5bd-33cd-491b-9cd8-88d5c023fe76', 'Camila Rojas', 'camila.rojas@mail.example.com', 'camila.rojas@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$HkHWUieCqa1OiCnQzrhIBQ$9IhTTPXGd02Y2pG7ex8duGSu4S7CP71T71sfQMIz0bI', 'destroyed', true, false, 2, '2025-09-07T08:22:48.409679Z', '2025-09-17T10:48:03.471999Z', NULL, '2025-09-17T10:48:03.471999Z', NULL, NULL);
INSERT INTO public.users VALUES ('019f3309-fd3f-4751-8129-c8d44590ce45', 'Elif Demir', 'elif.demir@example.com', 'elif.demir@example.com', '$argon2id$v=19$m=65536,t=3,p=4$OXC+EwFZiMUOGv3jLlpSlQ$txtJiMQ8yyJlvE2lGfGfAbmDD0LQUuZVYeQZu9eqMXY', 'live', false, false, 1, '2025-09-02T08:22:42.627883Z', '2025-09-02T08:22:42.627883Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('0fad83fa-1dc2-4ddc-991b-92ff51e2e56b', 'Isabela Costa (Billing)', 'billing@example.com', 'billing@example.com', '$argon2id$v=19$m=65536,t=3,p=4$/qSbZZFIJtk6mdwTn8ayIg$FqCCNrcne612w1SQUc6bymXuwRCVETvSygYrWMmGT6k', 'destroyed', true, false, 2, '2025-09-03T07:55:09.351201Z', '2025-09-16T10:10:10.945951Z', NULL, '2025-09-16T10:10:10.945951Z', NULL, 'mailbox handed over');
INSERT INTO public.users VALUES ('6037eb6a-8ae7-4020-b73c-c2ad63cf48ad', 'Jörg Schäfer', 'joerg.schaefer@eu.example.org', 'joerg.schaefer@eu.example.org', '$argon2id$v=19$m=65536,t=3,p=4$pPIoNZLquXpfS2fl739YKg$/ma9YLS6MMwAaSDgBg513kPu1ERntUoteNECWSkZjPI', 'live', false, false, 1, '2025-09-21T12:48:07.731176Z', '2025-09-21T12:48:07.731176Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('977bbb7f-87bd-499b-8868-45bc528b7cdc', 'Siddharth Iyer', 'sid.iyer@example.net', 'sid.iyer@example.net', '$argon2id$v=19$m=65536,t=3,p=4$HVddPxlw3fZHzi1nWRUxAQ$HySdkxK9X0/1izzCWj2/gzMPG/bv+oA/93ksYeNBtVA', 'live', false, false, 3, '2025-09-15T11:13:24.313813Z', '2025-09-18T16:53:15.492751Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('64dc169c-5ad5-48ef-bc19-072ec1c78142', 'Marta Wiśniewska (Support)', 'support@example.org', 'support@example.org', '$argon2id$v=19$m=65536,t=3,p=4$rUhuyxJFq9QC0/daC4N5HA$3fmvUEjXQY4lgbTgaTlF3DaKoufg/RjEt3mDDXXUYmQ', 'live', false, false, 1, '2025-09-09T07:58:13.659971Z', '2025-09-09T07:58:13.659971Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c2329b90-f39a-4867-8544-899c8b6b2593', 'Aoife Ní Bhriain', 'aoife.nibhriain@example.com', 'aoife.nibhriain@example.com', '$argon2id$v=19$m=65536,t=3,p=4$m2Ao/yFEvhrjICmi0Mppqw$h0xa1vGBNuviqBxuS/jqithWDDEb/LwfqJsPDy6BLn8', 'destroyed', true, false, 2, '2025-09-15T11:40:48.531452Z', '2025-09-28T08:02:55.638225Z', NULL, '2025-09-28T08:02:55.638225Z', NULL, 'duplicate account');
INSERT INTO public.users VALUES ('6149ea22-8961-4e93-9929-a5f9fcc59c4f', 'Arjun Mehta', 'arjun.mehta@example.com', 'arjun.mehta@example.com', '$argon2id$v=19$m=65536,t=3,p=4$TSIbKI/192kRKHTmY20giA$9w3pVE3e+3j/31u0gzqdafxF3d1Ur6BifCWzF+ofMlI', 'destroyed', true, false, 2, '2025-09-18T08:25:21.060484Z', '2025-09-27T12:57:55.183734Z', NULL, '2025-09-27T12:57:55.183734Z', NULL, 'duplicate account');
INSERT INTO public.users VALUES ('43e5d298-a5ec-4317-ac9f-8cc85199a51d', 'Rafael Oliveira', 'rafael.oliveira@corp.example.com', 'rafael.oliveira@corp.example.com', '$argon2id$v=19$m=65536,t=3,p=4$5jkvcz9PKzGi9EqBXvSXaw$sLYYmZNH8oCCzsJMx8Nqt16EH2iXmEUddafgnQgEmLs', 'destroyed', true, false, 3, '2025-09-25T16:37:16.308641Z', '2025-10-07T14:03:57.684726Z', NULL, '2025-10-07T14:03:57.684726Z', NULL, NULL);
INSERT INTO public.users VALUES ('c6714292-da14-4b56-ace2-7abd2f043312', '박민준', 'minjun.park@example.com', 'minjun.park@example.com', '$argon2id$v=19$m=65536,t=3,p=4$mZgaNjSdQ//TNh7zZjhvJA$MwVgUtySs7NfJj++IPN65h6cpx693bfH9NglbRiQ5uA', 'live', false, false, 1, '2025-09-27T08:32:33.501531Z', '2025-09-27T08:32:33.501531Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('8b045af3-5a51-47a6-aa12-284012226711', 'Aoife Ní Bhriain', 'aoife.nibhriain@example.com', 'aoife.nibhriain@example.com', '$argon2id$v=19$m=65536,t=3,p=4$1lGQ4nkB6ea3KmZYLvrWzg$AbMTTheachi0UyHtMyvaew21qZxBla9AqxBCOrtPoJs', 'live', false, false, 1, '2025-09-29T12:47:07.468226Z', '2025-09-29T12:47:07.468226Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('5fad77bd-2b4e-4e3a-a6d4-8d6c6f0e116a', 'Vera Three', 'vera@example.com', 'vera@example.com', '$argon2id$v=19$m=65536,t=3,p=4$q3VOyRljjFGKUSrF2BvDOA$c/6RrcXhOdkmyhHYL9IHkuWuo7171N1VoFwpGyNwhfQ', 'live', false, false, 1, '2026-12-02T10:40:46.823402Z', '2026-12-02T10:40:46.823402Z', NULL, NULL, NULL, NULL);


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
-- Name: group_events group_events_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_events
    ADD CONSTRAINT group_events_event_id_key UNIQUE (event_id);


--
-- Name: group_events group_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_events
    ADD CONSTRAINT group_events_pkey PRIMARY KEY ("position");


--
-- Name: group_events group_events_stream_version_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_events
    ADD CONSTRAINT group_events_stream_version_key UNIQUE (group_id, version);


--
-- Name: group_members group_members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_members
    ADD CONSTRAINT group_members_pkey PRIMARY KEY (group_id, user_id);


--
-- Name: groups groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.groups
    ADD CONSTRAINT groups_pkey PRIMARY KEY (id);


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
-- Name: group_events_type_position; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX group_events_type_position ON public.group_events USING btree (type, "position");


--
-- Name: group_members_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX group_members_user ON public.group_members USING btree (user_id, group_id);


--
-- Name: groups_name_claim_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX groups_name_claim_key ON public.groups USING btree (name_key) WHERE (deleted = false);


--
-- Name: user_events_type_position; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_events_type_position ON public.user_events USING btree (type, "position");


--
-- Name: users_email_claim_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_email_claim_key ON public.users USING btree (email_key) WHERE (deleted = false);


--
-- Name: group_events group_events_no_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER group_events_no_change BEFORE DELETE OR UPDATE ON public.group_events FOR EACH ROW EXECUTE FUNCTION public.group_events_refuse_change();


--
-- Name: group_events group_events_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER group_events_no_truncate BEFORE TRUNCATE ON public.group_events FOR EACH STATEMENT EXECUTE FUNCTION public.group_events_refuse_change();


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


