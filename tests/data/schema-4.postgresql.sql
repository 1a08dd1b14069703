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
-- Name: user_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_keys (
    user_id character varying(36) NOT NULL COLLATE pg_catalog."C",
    key bytea NOT NULL
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

INSERT INTO public.event_log_head VALUES (1, 155, 'sha256:01c61dc1a848b87de8dc3f69ed0578485855360f831b41d60895d59a352bb2aa');


--
-- Data for Name: evtcli_meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evtcli_meta VALUES ('application', 'evtcli');
INSERT INTO public.evtcli_meta VALUES ('schema_version', '4');


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
INSERT INTO public.group_events VALUES (41, '35858292-6c00-4135-b7f5-d651004bf962', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 5, 'MemberAdded', 1, '{"user_id":"612830c0-0444-48a5-a286-78a397e94748"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-08T23:11:22.289407Z', 'sha256:28ccd5550e6e03ebe986f383d88f7696e6e1365d9c3c519b1c7a994fb2eeb25e');
INSERT INTO public.group_events VALUES (46, '607603a3-dac4-49d6-9780-445b7286dc06', '03670c7c-baca-424d-be83-ca8e15806aa5', 2, 'MemberAdded', 1, '{"user_id":"64dc169c-5ad5-48ef-bc19-072ec1c78142"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-10T05:20:35.717220Z', 'sha256:a858d656e6f4c0079871740f6f3998c1ddf299a2c6ac2d55c769469448fe13cc');
INSERT INTO public.group_events VALUES (48, '390bafd7-87a0-4b6c-a2a6-e7e9c4448a61', '03670c7c-baca-424d-be83-ca8e15806aa5', 3, 'MemberAdded', 1, '{"user_id":"341456e1-cc39-4bb8-b787-a2b9622d610e"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-10T09:16:48.965901Z', 'sha256:5c3005aee879b0052d76dc595062ebb8a2471270baa1c33be5b0913556b6f070');
INSERT INTO public.group_events VALUES (49, '6936a073-8cef-4ca6-adfd-a8d170ecdb9c', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 6, 'MemberAdded', 1, '{"user_id":"c146d020-1c26-4131-ae8d-68723e477447"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-10T10:02:23.093703Z', 'sha256:8d3d79ed06e1adff4070b07b29644efc1757a98f3ac2a7b9a460f5ef21bfdff0');
INSERT INTO public.group_events VALUES (50, '1d0f688f-521e-41d0-8381-214e04d2b7dd', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 4, 'MemberAdded', 1, '{"user_id":"e562e0d7-6681-4a0c-a8b6-d12c67bbb874"}', '{"actor":"provisioning","command":"group add"}', '2025-09-10T18:54:22.579352Z', 'sha256:a5d29740db8d94d7bbea1cef1fbf21b4eff6cd2878b3d6b7eb4916f9d3ac73b7');
INSERT INTO public.group_events VALUES (51, 'bea794ed-dc1a-4787-afc4-7676ae42f02e', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 7, 'MemberAdded', 1, '{"user_id":"e562e0d7-6681-4a0c-a8b6-d12c67bbb874"}', '{"actor":"helpdesk","command":"group add"}', '2025-09-10T18:54:22.579352Z', 'sha256:4e7b8220e8b16e282023d50c74f212d9de2577426c497f8f8fc3aada1e050122');
INSERT INTO public.group_events VALUES (52, 'd294608e-dca8-42b3-aa1c-2fb5ee119d28', '03670c7c-baca-424d-be83-ca8e15806aa5', 4, 'MemberAdded', 1, '{"user_id":"58d382b2-6841-4932-9a96-7144e2d70d5e"}', '{"actor":"provisioning","command":"group add"}', '2025-09-10T22:17:04.722153Z', 'sha256:5c63bb09f6683eff555ed40692fafb392c01f53ec30af7a21cdd1ed2246e3734');
INSERT INTO public.group_events VALUES (53, '84eeacca-126a-474c-8205-b757bcf92e64', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 5, 'MemberAdded', 1, '{"user_id":"e312c9a9-64c3-496e-988f-7f28b460a5b2"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-11T01:04:11.428915Z', 'sha256:28ef0143f3f1b0a78a0ab1aec0b213e166c6b47eee5db4ff72590a7ec2de9927');
INSERT INTO public.group_events VALUES (54, 'e4b00ce5-680d-409f-b77b-c8bfc039af34', '03670c7c-baca-424d-be83-ca8e15806aa5', 5, 'MemberAdded', 1, '{"user_id":"dea3d6ec-9866-411e-b546-9970bc3395f5"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-11T06:32:56.466738Z', 'sha256:671b9e2a8f8072b9e8518f954270773168b2a4e127481113ff157b27dd91d092');
INSERT INTO public.group_events VALUES (60, '59037cf0-cac3-4e72-8744-74d57a35dd37', '03670c7c-baca-424d-be83-ca8e15806aa5', 6, 'MemberAdded', 1, '{"user_id":"2e18dc86-9279-409e-b04c-9aa256247493"}', '{"actor":"provisioning","command":"group add"}', '2025-09-13T07:10:19.187978Z', 'sha256:270c66cd61a2a14031f8348acf3bc1b0fad8214c7bfe0a3b5d64f46fa995e8b4');
INSERT INTO public.group_events VALUES (72, '00727f48-3e9c-4ebe-ad0e-fba426f747e2', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 8, 'MemberRemoved', 1, '{"user_id":"0fad83fa-1dc2-4ddc-991b-92ff51e2e56b"}', '{"actor":"helpdesk","causation_id":"b32bbc23-f09d-45c8-ac6f-fab29b4bd139","command":"user destroy"}', '2025-09-16T10:10:10.945951Z', 'sha256:41cf76952e03b9686ba7bf0b92d3f79e81400f854042462e3ff5eec6a07d2c78');
INSERT INTO public.group_events VALUES (73, '51bfe3ca-4cbf-4a21-a39f-86ecbbccea89', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 5, 'MemberRemoved', 1, '{"user_id":"0fad83fa-1dc2-4ddc-991b-92ff51e2e56b"}', '{"actor":"helpdesk","causation_id":"b32bbc23-f09d-45c8-ac6f-fab29b4bd139","command":"user destroy"}', '2025-09-16T10:10:10.945951Z', 'sha256:11149948710c70a75e8b43b7f00e3ece680b5dc0c568f2a80895e2330803f7f8');
INSERT INTO public.group_events VALUES (76, 'e5e36175-24ba-4505-9e84-b06e1916cb27', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 9, 'MemberRemoved', 1, '{"user_id":"71d6c5bd-33cd-491b-9cd8-88d5c023fe76"}', '{"actor":"mkowalski","causation_id":"bd206174-d5ee-40dc-92f7-ae042752c396","command":"user destroy"}', '2025-09-17T10:48:03.471999Z', 'sha256:4e24ba2bc4918c9205e81b1a151a695d9e0f837e68e78d9fa60b867b13390355');
INSERT INTO public.group_events VALUES (77, '0c20ffe6-3ec0-45cc-b2be-c552d62c0819', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 3, 'MemberRemoved', 1, '{"user_id":"71d6c5bd-33cd-491b-9cd8-88d5c023fe76"}', '{"actor":"mkowalski","causation_id":"bd206174-d5ee-40dc-92f7-ae042752c396","command":"user destroy"}', '2025-09-17T10:48:03.471999Z', 'sha256:13da19aa169a4ac8734a0d6d1afcd443cc08a562da026bc423d7b1949b907b55');
INSERT INTO public.group_events VALUES (78, '2a728a7f-fb88-4855-b2fe-40419575dc76', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 6, 'MemberAdded', 1, '{"user_id":"977bbb7f-87bd-499b-8868-45bc528b7cdc"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-17T11:14:47.551775Z', 'sha256:2ca8b809a4fed3eefcc0079b60beda4c44834f23e856a8a7b509321900a34929');
INSERT INTO public.group_events VALUES (80, '0f0d13eb-bc0a-4425-adce-6cbbd4e566c5', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 7, 'MemberAdded', 1, '{"user_id":"ecc1eb5a-d897-4ec6-9a01-4aab057793a3"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-17T15:44:16.247154Z', 'sha256:095a8da68e31206c091748b1a06f6a34607c863a27721068a304038ec497a3a5');
INSERT INTO public.group_events VALUES (81, '1c86c8c9-0b51-493c-84ba-bbdff8fdf131', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 10, 'MemberAdded', 1, '{"user_id":"ecc1eb5a-d897-4ec6-9a01-4aab057793a3"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-17T15:44:16.247154Z', 'sha256:60af5539dbc320897527607f104b8848cab4e06c8337025ae79534c00f741096');
INSERT INTO public.group_events VALUES (82, 'd716dc26-9b5f-4486-a23c-1dc4bfd160e0', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 4, 'MemberAdded', 1, '{"user_id":"c2329b90-f39a-4867-8544-899c8b6b2593"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-17T22:29:11.664502Z', 'sha256:9dbf67f62f8b900c48aec95a814ae0735fca7765ca74f6c74157cc4485e33c3a');
INSERT INTO public.group_events VALUES (91, '1b2a01d5-cc30-43a0-8223-d9e82990d5d4', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 5, 'Renamed', 1, '{"name":"Data & Analytics"}', '{"actor":"mkowalski","command":"group rename"}', '2025-09-21T08:36:32.960690Z', 'sha256:a364b49ddd54ce11b864aa230897411bec9bddd8242bf283f2ec5d6a2b4aaa57');
INSERT INTO public.group_events VALUES (92, 'd78fac48-1013-443c-a421-7a074671508f', '03670c7c-baca-424d-be83-ca8e15806aa5', 7, 'MemberAdded', 1, '{"user_id":"316948be-2605-4f60-91e6-63eb75328910"}', '{"actor":"provisioning","command":"group add"}', '2025-09-21T12:40:45.437233Z', 'sha256:dc724e124e5d177e5530b4b48eaa21f9a3e10d8f65e8ceae2b6621b0658579ec');
INSERT INTO public.group_events VALUES (100, '6741fa6f-d09e-4329-86f4-dd323aa8b169', '03670c7c-baca-424d-be83-ca8e15806aa5', 8, 'MemberAdded', 1, '{"user_id":"c6fb03cf-f05f-4908-9aba-f7cd5c0ae521"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-24T08:02:43.207335Z', 'sha256:c5fb2f4b1ceb494c9759f5b469ca2c46201fa75b2b56d0dcb41b5fa925cd1546');
INSERT INTO public.group_events VALUES (101, '11518a71-6f07-476c-ad83-22488ab4dd34', '03670c7c-baca-424d-be83-ca8e15806aa5', 9, 'MemberRemoved', 1, '{"reason":"moved to another team","user_id":"58d382b2-6841-4932-9a96-7144e2d70d5e"}', '{"actor":"mkowalski","command":"group remove"}', '2025-09-24T16:22:54.948442Z', 'sha256:4feda0046c40fbcad02fc8b2ca13b888879be2281cc3868e29de4fc14ebb3f0d');
INSERT INTO public.group_events VALUES (102, '57201806-9d49-4515-9794-5113206bc7a7', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 6, 'MemberAdded', 1, '{"user_id":"0e24b473-dc71-441c-bbf1-831510754b52"}', '{"actor":"provisioning","command":"group add"}', '2025-09-24T20:22:22.025743Z', 'sha256:ea97a5bd426696a8bab9aca8d97209acd3576be1da29a788d25ecffa72135361');
INSERT INTO public.group_events VALUES (104, '7c54c840-bfba-4ab4-890f-85e20c61b257', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 11, 'MemberAdded', 1, '{"user_id":"679cac0a-82ea-4a1f-b39a-1b71d8664a33"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-25T14:07:02.780699Z', 'sha256:5c6ad8679ac7f441bd413b7136f8507290ef8578b9ba3daaf114920bb1b35870');
INSERT INTO public.group_events VALUES (108, '23228ee5-15c7-4c83-b5d9-930d34416aa0', '03670c7c-baca-424d-be83-ca8e15806aa5', 10, 'MemberAdded', 1, '{"user_id":"1df0c5c9-4e28-4a99-9a4d-82c8ad579526"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-25T19:54:28.961749Z', 'sha256:d2ba06deb1e06c0f47ffabdcf83b7b9df7a168ccf34a56abdaea1b870094460e');
INSERT INTO public.group_events VALUES (111, '04316a96-9e8c-45b8-b3ae-e0b957d9e175', '03670c7c-baca-424d-be83-ca8e15806aa5', 11, 'MemberAdded', 1, '{"user_id":"43e5d298-a5ec-4317-ac9f-8cc85199a51d"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-26T14:32:01.294384Z', 'sha256:a6e86f7af732c6b77ad6155231a39c346614bbe3ef17330f66d2bdd1fa2ea49b');
INSERT INTO public.group_events VALUES (113, '2ea4a78b-299a-4e56-b9bc-6e00495251bb', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 8, 'MemberAdded', 1, '{"user_id":"7de28f75-712c-4260-9484-458990cffb3a"}', '{"actor":"provisioning","command":"group add"}', '2025-09-27T08:20:15.253767Z', 'sha256:535b03e62b129de0e2c742bb1b2c30b506f1f1e8813ae6f913fbbde3eff82e7c');
INSERT INTO public.group_events VALUES (114, '8a76943b-4524-47cb-8beb-a6b376185dc5', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 12, 'MemberAdded', 1, '{"user_id":"7de28f75-712c-4260-9484-458990cffb3a"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-27T08:20:15.253767Z', 'sha256:b348433b8a26e4b2724fb1229ba9b4d583139570a9296dca93facd5e304eac17');
INSERT INTO public.group_events VALUES (120, 'cdd52056-0ceb-407e-aee0-3fd02f1a3449', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 6, 'MemberRemoved', 1, '{"user_id":"c2329b90-f39a-4867-8544-899c8b6b2593"}', '{"actor":"mkowalski","causation_id":"5bd3f53e-31f3-4d23-9603-6d9e3384a1c9","command":"user destroy"}', '2025-09-28T08:02:55.638225Z', 'sha256:96c7efcdf2a6388bef3d21a5e1ab41a04668b9b75f7ce10460d85a05aef40d0a');
INSERT INTO public.group_events VALUES (121, 'b590e43d-d0f1-48bd-9d15-ac599871f24b', '03670c7c-baca-424d-be83-ca8e15806aa5', 12, 'MemberAdded', 1, '{"user_id":"f0a5e04a-1eae-4339-b396-05e8a0816f3f"}', '{"actor":"provisioning","command":"group add"}', '2025-09-28T09:17:07.101501Z', 'sha256:3b84beac42a36f414dcf04f1f59962e8969a78a8117f8332e403b6434039fe10');
INSERT INTO public.group_events VALUES (123, 'c847f71d-2c3a-4a7a-aaf0-b13b81d53ce6', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 7, 'MemberAdded', 1, '{"user_id":"52a7f245-1dc0-4bd7-a28e-547b63fd7881"}', '{"actor":"provisioning","command":"group add"}', '2025-09-28T13:26:26.921086Z', 'sha256:adbcb9bd93eb6068904a74238f722fd263c57c8bf66b65fca696c1c19269b2aa');
INSERT INTO public.group_events VALUES (127, '1e0d3b2d-7317-435d-8ece-b82f0f0ea625', '03670c7c-baca-424d-be83-ca8e15806aa5', 13, 'MemberRemoved', 1, '{"user_id":"316948be-2605-4f60-91e6-63eb75328910"}', '{"actor":"anna.ops","causation_id":"ed72fc1e-dcb1-49a8-baa9-5f745f9cf8e1","command":"user destroy"}', '2025-09-28T17:13:52.662564Z', 'sha256:b74ef7fd86115fb09b6be218bd88eab0001f9bb618657fecb073145e44a04f94');
INSERT INTO public.group_events VALUES (128, '30803165-565f-4829-87b3-419de875561e', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 9, 'MemberAdded', 1, '{"user_id":"a8679619-cc64-4fc5-87dd-944007ab6095"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-28T18:14:02.458146Z', 'sha256:ec2d68a13270cba060e1a7e89bff6e844f06085d8f503ac9891525e4f52db15d');
INSERT INTO public.group_events VALUES (129, 'f58bc091-d29d-4ad3-acdc-2b23b87e4ae5', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 10, 'MemberAdded', 1, '{"user_id":"5217bb99-8ac5-4d8c-b45d-0182737b0c81"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-28T19:09:09.007017Z', 'sha256:401410ab87d09853907199ef01a01b52bc58014ad6549a8eae8a52e225f8acec');
INSERT INTO public.group_events VALUES (130, 'a46e6f9e-a0ab-442c-923f-c1475ffe7867', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 11, 'MemberAdded', 1, '{"user_id":"c6714292-da14-4b56-ace2-7abd2f043312"}', '{"actor":"provisioning","command":"group add"}', '2025-09-29T00:49:26.823596Z', 'sha256:54a9cea65855f1a279cde765e2cd9522af61f1ca9de15bb8cfffedfc6ef84f13');
INSERT INTO public.group_events VALUES (135, 'b67531d4-cda8-4435-9218-f33bcde07bde', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 8, 'MemberAdded', 1, '{"user_id":"ab2bfdec-69f5-4b9d-a502-dd80c10a89cc"}', '{"actor":"mkowalski","command":"group add"}', '2025-09-30T03:52:26.838646Z', 'sha256:d054502083f0e454e86bd4ad080604e778c894a522750761c5d85171e8ecc36d');
INSERT INTO public.group_events VALUES (136, 'd6aa0e84-0019-46a8-a084-4fc505386748', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 7, 'MemberAdded', 1, '{"user_id":"4d9973bb-7cc8-4942-81be-930494ab99e7"}', '{"actor":"anna.ops","command":"group add"}', '2025-09-30T08:40:15.837519Z', 'sha256:c341b3be83ad2d782ff0bbdb11ff4eaf51600ea8827cbb4e194cf8bb03d40c66');
INSERT INTO public.group_events VALUES (137, 'b14faf89-9972-4050-b7db-6aa7725e92d9', '37a04eaa-d1d1-4dab-9ba2-8c0ee33261ea', 1, 'Created', 1, '{"name":"Customer Care"}', '{"actor":"provisioning","command":"group create"}', '2025-09-30T12:33:11.487860Z', 'sha256:b32de2f9674ae6fcb07d02fa4882c9823c22962bf6d371ed92fc753e47d17776');
INSERT INTO public.group_events VALUES (139, '819b8349-0fb2-4f78-9101-235db303b9d3', '03670c7c-baca-424d-be83-ca8e15806aa5', 14, 'Destroyed', 1, '{"reason":"merged into Customer Care"}', '{"actor":"mkowalski","command":"group destroy"}', '2025-10-01T10:38:30.443614Z', 'sha256:ed3f213c15c304c944b965b16ccf26494fed9b52820e434a358266c9a782e66b');
INSERT INTO public.group_events VALUES (141, '3019f288-1d9b-49c8-9653-3e8d12b2e607', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 9, 'MemberAdded', 1, '{"user_id":"8b045af3-5a51-47a6-aa12-284012226711"}', '{"actor":"provisioning","command":"group add"}', '2025-10-01T11:03:18.583068Z', 'sha256:169f795db104512e46aa848d53ea92d281b2cfca8083e85758efadca8ae73eed');
INSERT INTO public.group_events VALUES (143, '9031eefd-509d-477c-b1ca-cb19c42e9ea1', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 12, 'MemberRemoved', 1, '{"reason":"moved to another team","user_id":"a8679619-cc64-4fc5-87dd-944007ab6095"}', '{"actor":"anna.ops","command":"group remove"}', '2025-10-05T10:48:21.023590Z', 'sha256:e56bf49a4636143acde295477f10425e6e4e107846b6826da92c2b6e53169fd0');
INSERT INTO public.group_events VALUES (146, '7ee04f9e-83bc-4c2b-8af0-4334e9c9a31a', 'e713e250-dfe8-43bb-ba09-76f1bba4c017', 13, 'MemberRemoved', 1, '{"user_id":"679cac0a-82ea-4a1f-b39a-1b71d8664a33"}', '{"actor":"provisioning","causation_id":"cd5aa045-a122-4b0c-8868-0c6f053938a3","command":"user destroy"}', '2025-10-07T17:04:19.830950Z', 'sha256:7647c6b0f8e779240b89ab60d03e24816ee142050fb3a9ab9ae2ca33bf076478');
INSERT INTO public.group_events VALUES (148, '02dbaf8e-deb0-4fd8-9267-8d2cf6fc1280', '13f07257-bd11-43aa-a96c-e4dbc9499fdb', 8, 'MemberRemoved', 1, '{"user_id":"0e24b473-dc71-441c-bbf1-831510754b52"}', '{"actor":"mkowalski","causation_id":"fea198f8-7b3f-46c8-af2b-0ad276dafce6","command":"user destroy"}', '2025-10-07T17:47:00.074199Z', 'sha256:ffc6999c18e825b738e43f57e48504e95d31155f58ca04ee3ad6c733a15232d4');
INSERT INTO public.group_events VALUES (149, '629da4eb-6a25-454d-8a52-6b178a8f0733', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 13, 'MemberRemoved', 1, '{"reason":"moved to another team","user_id":"5217bb99-8ac5-4d8c-b45d-0182737b0c81"}', '{"actor":"provisioning","command":"group remove"}', '2025-10-09T00:34:26.411102Z', 'sha256:b03e30a07863fe9e6980141407a1d4acbfae6c831e4a9d80db2aff06de69839b');
INSERT INTO public.group_events VALUES (152, 'e606601e-0020-4163-8d3d-d70d51a5d770', '15daf67b-c574-4fc9-bd72-062f31cd2f95', 10, 'MemberRemoved', 1, '{"reason":"moved to another team","user_id":"8b045af3-5a51-47a6-aa12-284012226711"}', '{"actor":"mkowalski","command":"group remove"}', '2025-10-12T20:44:18.902249Z', 'sha256:ed9290e23f4bfcde65792acd7dc5fb7ae9627c671ceb23d050ca1ff713525283');
INSERT INTO public.group_events VALUES (154, '1da7a186-9538-4b37-9537-319db5cd4189', '5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 14, 'MemberAdded', 1, '{"user_id":"90e4b989-5d68-45a3-b0c6-4bffed761df5"}', '{"actor":"root","command":"group add"}', '2026-12-05T18:44:03.120448Z', 'sha256:fd9de771af2d90658d20a1be8a901501b90d96f6010e1ad07ad8221b9c446d8e');


--
-- Data for Name: group_members; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.group_members VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', '612830c0-0444-48a5-a286-78a397e94748', '2025-09-08T23:11:22.289407Z');
INSERT INTO public.group_members VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', '702d6f2b-211c-4228-b7e7-5ee9817f2824', '2025-09-05T11:33:03.973675Z');
INSERT INTO public.group_members VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', '7de28f75-712c-4260-9484-458990cffb3a', '2025-09-27T08:20:15.253767Z');
INSERT INTO public.group_members VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', 'c146d020-1c26-4131-ae8d-68723e477447', '2025-09-10T10:02:23.093703Z');
INSERT INTO public.group_members VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', 'e562e0d7-6681-4a0c-a8b6-d12c67bbb874', '2025-09-10T18:54:22.579352Z');
INSERT INTO public.group_members VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', 'ecc1eb5a-d897-4ec6-9a01-4aab057793a3', '2025-09-17T15:44:16.247154Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', '702d6f2b-211c-4228-b7e7-5ee9817f2824', '2025-09-05T11:33:03.973675Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', '7de28f75-712c-4260-9484-458990cffb3a', '2025-09-27T08:20:15.253767Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', '977bbb7f-87bd-499b-8868-45bc528b7cdc', '2025-09-17T11:14:47.551775Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 'c6714292-da14-4b56-ace2-7abd2f043312', '2025-09-29T00:49:26.823596Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 'e312c9a9-64c3-496e-988f-7f28b460a5b2', '2025-09-11T01:04:11.428915Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 'ecc1eb5a-d897-4ec6-9a01-4aab057793a3', '2025-09-17T15:44:16.247154Z');
INSERT INTO public.group_members VALUES ('15daf67b-c574-4fc9-bd72-062f31cd2f95', '52a7f245-1dc0-4bd7-a28e-547b63fd7881', '2025-09-28T13:26:26.921086Z');
INSERT INTO public.group_members VALUES ('15daf67b-c574-4fc9-bd72-062f31cd2f95', 'ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', '2025-09-30T03:52:26.838646Z');
INSERT INTO public.group_members VALUES ('13f07257-bd11-43aa-a96c-e4dbc9499fdb', '4d9973bb-7cc8-4942-81be-930494ab99e7', '2025-09-30T08:40:15.837519Z');
INSERT INTO public.group_members VALUES ('13f07257-bd11-43aa-a96c-e4dbc9499fdb', '5491448c-be5a-4f5a-b9fa-1d6a496a8f48', '2025-09-06T07:50:47.236092Z');
INSERT INTO public.group_members VALUES ('13f07257-bd11-43aa-a96c-e4dbc9499fdb', 'e562e0d7-6681-4a0c-a8b6-d12c67bbb874', '2025-09-10T18:54:22.579352Z');
INSERT INTO public.group_members VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', '90e4b989-5d68-45a3-b0c6-4bffed761df5', '2026-12-05T18:44:03.120448Z');


--
-- Data for Name: groups; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.groups VALUES ('e713e250-dfe8-43bb-ba09-76f1bba4c017', 'admins', 'admins', 'live', false, 6, 13, '2025-09-02T14:40:37.680558Z', '2025-10-07T17:04:19.830950Z', NULL, NULL);
INSERT INTO public.groups VALUES ('03670c7c-baca-424d-be83-ca8e15806aa5', 'Support', 'support', 'destroyed', true, 0, 14, '2025-09-03T13:42:41.357762Z', '2025-10-01T10:38:30.443614Z', '2025-10-01T10:38:30.443614Z', 'merged into Customer Care');
INSERT INTO public.groups VALUES ('15daf67b-c574-4fc9-bd72-062f31cd2f95', 'Data & Analytics', 'data & analytics', 'live', false, 2, 10, '2025-09-04T10:12:12.727379Z', '2025-10-12T20:44:18.902249Z', NULL, NULL);
INSERT INTO public.groups VALUES ('37a04eaa-d1d1-4dab-9ba2-8c0ee33261ea', 'Customer Care', 'customer care', 'live', false, 0, 1, '2025-09-30T12:33:11.487860Z', '2025-09-30T12:33:11.487860Z', NULL, NULL);
INSERT INTO public.groups VALUES ('13f07257-bd11-43aa-a96c-e4dbc9499fdb', 'Payments', 'payments', 'live', false, 3, 8, '2025-09-03T11:53:13.046260Z', '2025-10-07T17:47:00.074199Z', NULL, NULL);
INSERT INTO public.groups VALUES ('5da3aae9-b40f-49b8-aa83-6411f4f5edbc', 'Platform', 'platform', 'live', false, 7, 14, '2025-09-02T11:09:35.064207Z', '2026-12-05T18:44:03.120448Z', NULL, NULL);


--
-- Data for Name: projection_checkpoints; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.projection_checkpoints VALUES ('users', 155, 3);
INSERT INTO public.projection_checkpoints VALUES ('groups', 155, 1);
INSERT INTO public.projection_checkpoints VALUES ('group_members', 155, 1);


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
INSERT INTO public.user_events VALUES (36, '9317205f-aa57-4087-a39b-8a6e029d3657', '825c234d-e806-46da-9c3b-296f737fa202', 3, 'Forgotten', 1, '{}', '{"actor":"provisioning","command":"user forget"}', '2025-09-08T11:53:04.224193Z', 'sha256:5349946830ebddd23895f411be9656031ebe1c4665cfdc0e07a3f7502de9a918');
INSERT INTO public.user_events VALUES (37, '633c8e8c-2cfb-417d-89a4-8011ffe86935', '1d02f9ae-f581-41fb-a7ef-524db10700cd', 2, 'Disabled', 1, '{"reason":"suspicious sign-ins"}', '{"actor":"provisioning","command":"user disable"}', '2025-09-08T12:50:04.864601Z', 'sha256:726c6957f3a1b8bf5df0d6bdfd1ff319d1a6db42ffbbbb8caa1537821a117779');
INSERT INTO public.user_events VALUES (38, 'e666a2af-33d5-4780-ba7e-c4778d45aa11', 'c146d020-1c26-4131-ae8d-68723e477447', 1, 'Created', 1, '{"email":"yuki.tanaka@example.org","name":"田中 優希","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$MHXfBFZOsISILImYaPWM0A$+Ulh15vQeW9sUBSD+87yH6AspOw18hfGnL5B7s9D5xE"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-08T15:04:34.498011Z', 'sha256:165d486d1487c85295d6e62c70330e26873036b98249d29db3ca5453c70f259b');
INSERT INTO public.user_events VALUES (39, '1093520b-95fc-4ee8-85e9-6537511ddd2c', 'e562e0d7-6681-4a0c-a8b6-d12c67bbb874', 1, 'Created', 1, '{"email":"emile.gagnon@example.com","name":"Émile Gagnon","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$/1YS7T/Ctey7YYSp1lU0iA$Tx4gUH4aAOCY+BN8hoogUziyr0/Pegw4DQzhYhyGoQs"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-08T16:45:55.450517Z', 'sha256:78755a044e15c49578711926914c34e48f24e73e55d15e37a42dfe09bba26aa6');
INSERT INTO public.user_events VALUES (40, '0f3c3bf3-2067-403b-b709-d55d519bc085', '341456e1-cc39-4bb8-b787-a2b9622d610e', 1, 'Created', 1, '{"email":"ahmed.elsayed@example.com","name":"Ahmed El-Sayed","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$AoKMyab90YzxjITrpYOJVg$8sPI9tFK3jmFhtdkI7Qw9IBvjPAbGlUMfNWkO6eOgkI"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-08T17:38:27.556064Z', 'sha256:ecdab0df24e8799ca5b57c5d6f4081dd4a4cf92c4d75ddf3d83b3c3822182ff1');
INSERT INTO public.user_events VALUES (42, '1e52f956-9d37-4e8e-98ed-6feacec5d3c0', '64dc169c-5ad5-48ef-bc19-072ec1c78142', 1, 'Created', 1, '{"email":"support@example.org","name":"Marta Wiśniewska (Support)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$rUhuyxJFq9QC0/daC4N5HA$3fmvUEjXQY4lgbTgaTlF3DaKoufg/RjEt3mDDXXUYmQ"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-09T07:58:13.659971Z', 'sha256:043d3795752ae61f47181cf5138adc93b86c6ca2d093ca05c9507b1985073cb7');
INSERT INTO public.user_events VALUES (43, '0898fb1a-8233-440e-80bf-313eca369e8d', '612830c0-0444-48a5-a286-78a397e94748', 2, 'Renamed', 1, '{"name":"Chloé Martin"}', '{"actor":"anna.ops","command":"user rename"}', '2025-09-09T08:19:36.732245Z', 'sha256:b226b7d26b6ec681d7b981d1c9ec6547d39e7b7e57bf0e80f8b6e88b47e529a2');
INSERT INTO public.user_events VALUES (44, '85f651dd-6900-4099-afc7-628b184bc6b8', '58d382b2-6841-4932-9a96-7144e2d70d5e', 1, 'Created', 1, '{"email":"meiling.chen@example.net","name":"Mei-Ling Chen","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$+q0alHDs3ruGI8zbWgu+Kg$3njsfQEd5wZui6+WUXE3VeVXniC2Mrt5jvDQFTD+ayY"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-09T09:07:44.764625Z', 'sha256:e5447b046a4ece0377c63fa8e31e49a07e8616081b716d81d7089ed1d3ef31fb');
INSERT INTO public.user_events VALUES (45, '7e0dfa42-d8ca-43ab-84d6-72ebc885d475', 'e312c9a9-64c3-496e-988f-7f28b460a5b2', 1, 'Created', 1, '{"email":"aylin.yilmaz@example.com","name":"Aylin Yılmaz","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$IWYG9RVXSn1q/4Q+nMIlAQ$A/LMKjoSbDM1rLHnO1OKj3DroY0YvJyiT1+Q78Xia/0"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-09T10:30:12.346839Z', 'sha256:0e35cc0989a251f64619bbc1baa6fbc6c685283d5e2c78e043e08c3f22793728');
INSERT INTO public.user_events VALUES (47, '0d6f52b9-d096-4cbe-b08d-1e51930b4608', 'dea3d6ec-9866-411e-b546-9970bc3395f5', 1, 'Created', 1, '{"email":"giulia.romano@eu.example.org","name":"Giulia Romano","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$Ktv+TXajsL+Wk36DAXFbEQ$3x/AkHNfPQRR5Aa7sIcAshu8obv/wNuLE1A7lwaFzCU"}', '{"actor":"provisioning","command":"user create"}', '2025-09-10T09:14:57.458254Z', 'sha256:d4244f8e8e820944b10b3f08a59bbdd453c36248dae8e4e64f261f327a51c235');
INSERT INTO public.user_events VALUES (55, '0dca5db3-db87-4e45-9179-7d5455ff1606', 'ebea2b28-2006-4ddb-98c4-af8c5b2c505f', 2, 'Disabled', 1, '{"reason":"on parental leave"}', '{"actor":"helpdesk","command":"user disable"}', '2025-09-11T07:44:31.914546Z', 'sha256:7d88d2aec7fd98530f97f37ebe2ec783aac19ca55e6b953f931f6fe104b8971f');
INSERT INTO public.user_events VALUES (56, '88e70de7-885c-4fd5-9969-2218199cdbb8', '2e18dc86-9279-409e-b04c-9aa256247493', 1, 'Created', 1, '{"email":"noa.levi@mail.example.com","name":"Noa Levi","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$p2oE4XS7OL9pHbEvyDq43g$O9F2axm2m8aYHceXmxlcgvi57UE3TMJFk2xmY0K+Utg"}', '{"actor":"provisioning","command":"user create"}', '2025-09-11T17:42:59.639255Z', 'sha256:45a3e02b644b89222d6f2fae51905ab70a33983caf773cef4f79cce29abaef32');
INSERT INTO public.user_events VALUES (57, '5e3b3ae1-1ea9-41c7-b84a-7437421231d9', '3ea342ce-4e2f-448e-97fb-22fb1c37b7e3', 1, 'Created', 1, '{"email":"kenji.watanabe@example.org","name":"渡辺 健二","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$KM5QL4zbmObHO/rhl5TfuQ$Zm3oMjF5oYryBaN/AcUpnkbddcdKBQnNDAl/jgr/1V8"}', '{"actor":"provisioning","command":"user create"}', '2025-09-12T08:17:58.560550Z', 'sha256:68039e6c32e7014790b3932c1a6f6c54e1b5a9f78f2b5d77389870defa4f9e27');
INSERT INTO public.user_events VALUES (58, '391026f6-8674-423c-8784-a21097abd340', '612830c0-0444-48a5-a286-78a397e94748', 3, 'Disabled', 1, '{"reason":"sabbatical"}', '{"actor":"mkowalski","command":"user disable"}', '2025-09-12T08:46:46.990169Z', 'sha256:34c0ce262c54ec8b320849b2e5e62e04349c3c4e54161bb0240b1ea1dc3c8ec1');
INSERT INTO public.user_events VALUES (59, 'd538bc45-2503-4fa7-a321-ebade41a76a5', '341456e1-cc39-4bb8-b787-a2b9622d610e', 2, 'EmailChanged', 1, '{"email":"ahmed.elsayed@corp.example.com"}', '{"actor":"provisioning","command":"user change-email"}', '2025-09-12T12:09:48.347104Z', 'sha256:20bef871989fa766b3ea1be2bb966a47dd568d8008981ed3ce1fcbf7cc0efce6');
INSERT INTO public.user_events VALUES (61, '5539b3f4-5e19-4566-9db9-332a1c00072e', '612830c0-0444-48a5-a286-78a397e94748', 4, 'Enabled', 1, '{}', '{"actor":"provisioning","command":"user enable"}', '2025-09-13T10:00:54.652380Z', 'sha256:784d9df1cfc1bac0e48854f83aa425660d0e75b099f7e0ee41b0372069f44482');
INSERT INTO public.user_events VALUES (62, '1b1fdedc-3921-4259-8edd-e39826d4e12f', '962e78ab-cca0-4d77-b5de-1f1e326b8b32', 2, 'EmailChanged', 1, '{"email":"marta.wisniewska@corp.example.com"}', '{"actor":"mkowalski","command":"user change-email"}', '2025-09-13T11:03:57.772380Z', 'sha256:9c5671a52bafebd733696df324d901562e6eac3c432e8194a53e9401d6de0eb4');
INSERT INTO public.user_events VALUES (63, '844896f0-9e02-4bc1-872e-0ab607d839bf', 'dea3d6ec-9866-411e-b546-9970bc3395f5', 2, 'Renamed', 1, '{"name":"Giulia Romano Ferri"}', '{"actor":"provisioning","command":"user rename"}', '2025-09-13T14:51:27.641443Z', 'sha256:8de5c29262e4e542019ab8d64381e819972b040cff87484473790897c39e8c44');
INSERT INTO public.user_events VALUES (64, 'da0093dd-4cb0-4c0b-a792-a507310977d5', 'c3b96aae-e11a-41dc-8f6d-aaf9a3a549d3', 2, 'Destroyed', 1, '{}', '{"actor":"provisioning","command":"user destroy"}', '2025-09-14T09:09:45.015594Z', 'sha256:3e31e41c1a88f0ac01972e137bb4d2d409b3ac60de15c10cad1da684dd772ffd');
INSERT INTO public.user_events VALUES (65, '7283c5e3-ca3f-4567-bb07-595dac848143', 'c146d020-1c26-4131-ae8d-68723e477447', 2, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$k1HvPO3jmJOEkyb2s+U06A$AB6pAmC+Pj0v/cUAYQsqpClcVUs8tm+eg6u9JRe+8i4"}', '{"actor":"mkowalski","command":"user change-password"}', '2025-09-14T12:09:43.008583Z', 'sha256:15cb5f7d4db2e0ef3db91ca32502c85e8afc80e23642f08bbd1952b6cbdf4c02');
INSERT INTO public.user_events VALUES (66, '25695c38-c5e9-4995-a545-bf309e5e6903', '3f1a8d7b-8724-4d6c-8866-f39b61e15599', 1, 'Created', 1, '{"email":"seun.adeyemi@mail.example.com","name":"Oluwaseun Adeyemi","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$KpvPfMASQK5UfDgVawsUKA$Cqqvs70J6lGs7kCsFM2f0FvJjHLgl3QCcxJ1ZDKTIPc"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-14T13:28:29.764319Z', 'sha256:eadab3a69955559c4d683a19e3ab1bf2e9638610fdf6ac706472fd9de8a0cb0a');
INSERT INTO public.user_events VALUES (67, 'f949f12d-8287-415a-a245-376838c592c4', 'b5aab4a8-f42c-4c59-8a03-3ef80a55935e', 1, 'Created', 1, '{"email":"kwame.mensah@example.com","name":"Kwame Mensah","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$uBe+GOkxI2PuKmtdvog2bg$TIJ14pHURcP/e2V2rlU3Fovmh/9BUL1OOuFhKMZqCg4"}', '{"actor":"provisioning","command":"user create"}', '2025-09-15T09:37:57.087862Z', 'sha256:d937d017ed687884131b74f21b6f8c5d61aed6a52f43d314539cff9d0ab90187');
INSERT INTO public.user_events VALUES (68, 'dc8c35fb-e6ca-48ae-b30e-ba44e06beb68', 'ecc1eb5a-d897-4ec6-9a01-4aab057793a3', 1, 'Created', 1, '{"email":"isabela.costa@mail.example.com","name":"Isabela Costa","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$vE1rsnHWavrV4Uk7pweqqA$H6mLOZfrQp02C6Wa/7pifaxOiyQ3ukv2/1T+Um55b9Q"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-15T10:22:54.212297Z', 'sha256:41988c09f58005ddefa1f0ddd0b3d7497987f332f3f134ed395e12402c435484');
INSERT INTO public.user_events VALUES (69, 'ca3a3ed4-4a0d-4790-b865-92d2535729b5', '977bbb7f-87bd-499b-8868-45bc528b7cdc', 1, 'Created', 1, '{"email":"sid.iyer@example.net","name":"Siddharth Iyer","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$HVddPxlw3fZHzi1nWRUxAQ$HySdkxK9X0/1izzCWj2/gzMPG/bv+oA/93ksYeNBtVA"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-15T11:13:24.313813Z', 'sha256:44f16940e1b9829b4db3494ca893a8063e2e217628ef533e4df65bc5b233933f');
INSERT INTO public.user_events VALUES (70, 'eaf80777-7c3a-4e23-b981-92e14ea964ba', 'c2329b90-f39a-4867-8544-899c8b6b2593', 1, 'Created', 1, '{"email":"aoife.nibhriain@example.com","name":"Aoife Ní Bhriain","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$m2Ao/yFEvhrjICmi0Mppqw$h0xa1vGBNuviqBxuS/jqithWDDEb/LwfqJsPDy6BLn8"}', '{"actor":"provisioning","command":"user create"}', '2025-09-15T11:40:48.531452Z', 'sha256:dc28cd14fe68cb6e04c7e49e17ec135106982319e952efaf43ba6b7ce8e88f19');
INSERT INTO public.user_events VALUES (71, 'b32bbc23-f09d-45c8-ac6f-fab29b4bd139', '0fad83fa-1dc2-4ddc-991b-92ff51e2e56b', 2, 'Destroyed', 1, '{"reason":"mailbox handed over"}', '{"actor":"helpdesk","causation_id":"368b6f03-89f6-4f60-8df3-2fb0fc0e7b69","command":"user destroy"}', '2025-09-16T10:10:10.945951Z', 'sha256:ce01f79b7d77404cf4808677c2e65799b1ab4aee17148224436896cab2140179');
INSERT INTO public.user_events VALUES (74, '554e19f6-bc59-48d6-a0f7-ac0316f37051', 'e9859a10-f8ba-4050-9f07-858388dcb21e', 1, 'Created', 1, '{"email":"alexandros.papadopoulos@example.org","name":"Αλέξανδρος Παπαδόπουλος","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$zKA+7T5DZUtgxDwEqQPEZw$3qKjqrWtDp+DvFIOV73Nx3jxFojlAischXWEx2piHyc"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-16T12:35:25.575415Z', 'sha256:c99db33821c9b2eb7d9fcdcb519b86cfc076b3bd380fd77d511f87b7b2bc4e18');
INSERT INTO public.user_events VALUES (75, 'bd206174-d5ee-40dc-92f7-ae042752c396', '71d6c5bd-33cd-491b-9cd8-88d5c023fe76', 2, 'Destroyed', 1, '{}', '{"actor":"mkowalski","command":"user destroy"}', '2025-09-17T10:48:03.471999Z', 'sha256:4a8cc66637d3aecce2a6672a50e7a6c1dfca8dd3955aab4a86dd2ee5e890b45d');
INSERT INTO public.user_events VALUES (79, 'b099a2f5-ee11-40a6-8e3b-5fc456c548be', '962e78ab-cca0-4d77-b5de-1f1e326b8b32', 3, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$VP5kTHFhDb3menaMAsHLMw$mFDJtm091Dx67B5C+m01kYdsvgtZ2nnqv7I2AdH31As"}', '{"actor":"anna.ops","command":"user change-password"}', '2025-09-17T14:52:40.416323Z', 'sha256:d88404681800772cb2e6b8c8c28f2067d3c20665e4109447bcac47aa2f74aa1d');
INSERT INTO public.user_events VALUES (83, '106fa7f0-c8b9-470b-9ad8-acaf8d9aabc0', '977bbb7f-87bd-499b-8868-45bc528b7cdc', 2, 'Disabled', 1, '{"reason":"on parental leave"}', '{"actor":"anna.ops","command":"user disable"}', '2025-09-18T07:02:15.713572Z', 'sha256:20b8e362e8d780d4b2a426939c7d200967b240a7324344110539d95e8cf9eb2b');
INSERT INTO public.user_events VALUES (84, '9fabe130-2d39-4551-8aa0-d4d12943ea2b', '6149ea22-8961-4e93-9929-a5f9fcc59c4f', 1, 'Created', 1, '{"email":"arjun.mehta@example.com","name":"Arjun Mehta","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$TSIbKI/192kRKHTmY20giA$9w3pVE3e+3j/31u0gzqdafxF3d1Ur6BifCWzF+ofMlI"}', '{"actor":"provisioning","command":"user create"}', '2025-09-18T08:25:21.060484Z', 'sha256:3846784978aa47dbfa9b1601e85eb7a9ca95667ccc8b4e005dea7edcce46057b');
INSERT INTO public.user_events VALUES (85, '004894dd-3bda-4f0c-9747-8ed3f11b51fc', '1d02f9ae-f581-41fb-a7ef-524db10700cd', 3, 'Destroyed', 1, '{}', '{"actor":"provisioning","command":"user destroy"}', '2025-09-18T11:03:03.637692Z', 'sha256:b280dca75715ecc3943a3b1dcfa2766909d0d5c00e13cce96683c9cf0e0cbc56');
INSERT INTO public.user_events VALUES (86, 'f5b61e34-4f5d-4499-b855-9aec7f5aac07', '341456e1-cc39-4bb8-b787-a2b9622d610e', 3, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$+NgXefxLaUn4dvE/ILsnxg$s+HYxGIE/u2raRzJ8DbkFv4O6bZLp19/047LQfZ2CPo"}', '{"actor":"mkowalski","command":"user change-password"}', '2025-09-18T14:16:00.847103Z', 'sha256:71881fb30779218bd6ed05d854dda1709a1213eb14ee261b582f273d0ff4fd29');
INSERT INTO public.user_events VALUES (87, 'bd6ec10c-a3fe-49c4-a49f-88266a62d9b5', '977bbb7f-87bd-499b-8868-45bc528b7cdc', 3, 'Enabled', 1, '{}', '{"actor":"anna.ops","command":"user enable"}', '2025-09-18T16:53:15.492751Z', 'sha256:f28f4d6035034e6837e9d6e68f28584dcc1cead691e77dfab804de1501918b0b');
INSERT INTO public.user_events VALUES (88, 'a9d99457-ff1a-4cf1-8e30-ab86072a2e26', '316948be-2605-4f60-91e6-63eb75328910', 1, 'Created', 1, '{"email":"zainab.hassan@example.org","name":"Zainab Hassan","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$XzKtVrWJQFJOtnp4cy3T0w$qNPK9tZOOqw4JwD/ga7w++chuEW55fgoedKdfMqERqg"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-19T08:54:39.520152Z', 'sha256:c76bcac2a5a4ed5f701a82bf71f4081bfdfe7769ae367765f92099adeb53f3b5');
INSERT INTO public.user_events VALUES (89, '5dadb36e-779d-40e8-b536-ed06186f378d', '13cef12d-35bf-44f5-9e30-29809fb540ee', 1, 'Created', 1, '{"email":"billing@example.com","name":"Saoirse Byrne (Billing)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$qUDWIpc/UUusL4iKuWoMEg$1mwIPt5W1gwLG7pgVr47mNLbOf1z3NqSlJQdkk1rjyc"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-19T16:45:07.285168Z', 'sha256:aa8e59b446697efb8764f05f116b0959a6e5d3ea796777f8f3d7b7228d0e7949');
INSERT INTO public.user_events VALUES (90, 'd7a0a287-8a34-4438-84a4-32ba4e3b04fd', '3ea342ce-4e2f-448e-97fb-22fb1c37b7e3', 2, 'Destroyed', 1, '{"reason":"duplicate account"}', '{"actor":"provisioning","causation_id":"eb389ece-d975-434e-a0aa-30ecad24f91f","command":"user destroy"}', '2025-09-20T07:06:15.596892Z', 'sha256:18d703ceea166747b7e2bc4f00fb9a6f9599c983b8f3c34e60c94df050cef03c');
INSERT INTO public.user_events VALUES (93, '61587a00-5a3f-4276-98c7-f26855d8b074', '6037eb6a-8ae7-4020-b73c-c2ad63cf48ad', 1, 'Created', 1, '{"email":"joerg.schaefer@eu.example.org","name":"Jörg Schäfer","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$pPIoNZLquXpfS2fl739YKg$/ma9YLS6MMwAaSDgBg513kPu1ERntUoteNECWSkZjPI"}', '{"actor":"provisioning","command":"user create"}', '2025-09-21T12:48:07.731176Z', 'sha256:681f18c39aaeb9d19f86c04051f6773efa2efbb0adc5bbd2f4b7014dbefa99e3');
INSERT INTO public.user_events VALUES (94, 'e9d2aaae-e32a-4b8a-9ed6-c10f946125aa', 'c6fb03cf-f05f-4908-9aba-f7cd5c0ae521', 1, 'Created', 1, '{"email":"ingrid.halvorsen@example.com","name":"Ingrid Halvorsen","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$EWsjzwrclyzFgGZQ4kzfFQ$ru3aIJCn9fFyS8YmCEBBI6LKbq+LnFpkvF9O40JIOGQ"}', '{"actor":"provisioning","command":"user create"}', '2025-09-22T15:49:45.729879Z', 'sha256:e130aa2e96296d803ed92951c4da97975280d95f96ffd97593bd85f72ddc13d0');
INSERT INTO public.user_events VALUES (95, '760bb11d-9d5c-427d-bc53-e6da35c64943', '81ced410-a4f8-4159-898c-ec932687dda3', 1, 'Created', 1, '{"email":"hana.novakova@eu.example.org","name":"Hana Nováková","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$GeLJOdE6/Uwyqk8rv9Iv7A$a0brZeJ+j2AB2zzL74Xgn/HQkrza6ZG9kv3ztXXaVpI"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-23T08:53:59.982623Z', 'sha256:a83315de04197ee38d6f540a8dc40f54e17f4689b292cbbfff3791b9ae72b912');
INSERT INTO public.user_events VALUES (96, 'c039da4e-4377-4507-ab53-718a3597c8fa', '0e24b473-dc71-441c-bbf1-831510754b52', 1, 'Created', 1, '{"email":"olena.kovalenko@example.com","name":"Олена Коваленко","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$GQiLKjt0kvMs8dP2aF97ag$CElKWw434RIehN66DjBNqj3BN5bhidpyayDJMm50wEk"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-23T09:05:52.621369Z', 'sha256:19491142dedf064cbe35ee40d54005ecd9c83e5f5d157425f23410995762cc71');
INSERT INTO public.user_events VALUES (97, 'cafd6296-3fd6-4d65-8c82-8db9d1ab76cd', '679cac0a-82ea-4a1f-b39a-1b71d8664a33', 1, 'Created', 1, '{"email":"mateo.fernandez@example.com","name":"Mateo Fernández","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$Ff4RG5WK/pHiamE0dy7icw$e6IwMzJJChWp01cgIm7+9FUjjomzqCqMeeDVxzNcnR4"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-23T12:03:00.070982Z', 'sha256:8273c92fc78251abd267eef42174aeeea64bb3679d33c9195f93078b782ab29a');
INSERT INTO public.user_events VALUES (98, '0f82157f-8f0e-4810-9259-1fe27b3dd100', '1df0c5c9-4e28-4a99-9a4d-82c8ad579526', 1, 'Created', 1, '{"email":"kenji.watanabe@example.org","name":"渡辺 健二","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$2I1oRaVk/EMmoG8msspt5g$n5hqhxAS3U93hlPZ/YabY/YdZ19WBcw3gTKptGunX7I"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-23T13:49:09.231627Z', 'sha256:ff96f81c1388ab0f763dc8aaf4a9a44f8828d664c671ce19914fcba4ba1e0572');
INSERT INTO public.user_events VALUES (99, 'c8f07996-41cb-44ef-ac94-a6e4c5a4a50f', '0e24b473-dc71-441c-bbf1-831510754b52', 2, 'EmailChanged', 1, '{"email":"olena.kovalenko@corp.example.com"}', '{"actor":"provisioning","command":"user change-email"}', '2025-09-24T07:59:22.090331Z', 'sha256:1925df19eae50e9b77f40cd112adca127862425b5c7658bea1a5f5c29f7d66aa');
INSERT INTO public.user_events VALUES (103, '63b4dff4-24f2-4558-82b0-55feccc4d861', '8667cbd7-5ca7-483b-82ef-136b91e742a9', 1, 'Created', 1, '{"email":"saoirse.byrne@example.org","name":"Saoirse Byrne","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$itQbozFoVRHYmSXmVoOFhw$dYwl4I8yM+wZlh1jR2fNmyfCKkAcbUEMX21a2LsBA8U"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-25T11:01:20.549183Z', 'sha256:2589152534eb1df6e1c3a1fb986405809ff6dfa5749e055849fee964f733a82e');
INSERT INTO public.user_events VALUES (105, '29f84025-8e9d-4a2d-92c3-dbc54ba28e97', '5fa9f710-0b34-46f9-baa8-324f34b9283b', 1, 'Created', 1, '{"email":"diego.ramirez@example.org","name":"Diego Ramírez","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$OEl0oNJKV3Yi3Cv+UnMzeQ$wBj1ajOL/9fb7ovR9r+vVomBd2CM/n4z9/m3B5f6m+U"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-25T14:23:50.181288Z', 'sha256:5f9530f94b386eb0bc803f9a1e85e65be48478e463be93415dc4cb91cc525320');
INSERT INTO public.user_events VALUES (106, 'dc004678-1c96-46ab-af1e-209e74f86856', '43e5d298-a5ec-4317-ac9f-8cc85199a51d', 1, 'Created', 1, '{"email":"rafael.oliveira@example.org","name":"Rafael Oliveira","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$5jkvcz9PKzGi9EqBXvSXaw$sLYYmZNH8oCCzsJMx8Nqt16EH2iXmEUddafgnQgEmLs"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-25T16:37:16.308641Z', 'sha256:3ff7d6f2ced7feb900500f04d25f9e54260a663f4af892fb2114d6dc315f22d2');
INSERT INTO public.user_events VALUES (107, 'd004fcdb-e1a7-42b7-8627-84ee94151240', '7de28f75-712c-4260-9484-458990cffb3a', 1, 'Created', 1, '{"email":"priya.raghunathan@example.com","name":"Priya Raghunathan","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$aLhFPNqr+g30XvMQ1gtP8A$fq4GV4nc4N9t1nuJ1v+QBFfjmpbwEW4G7Eee01Iy7nc"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-25T17:42:21.435953Z', 'sha256:83d96cd8f378faeb7088b7f9b4435fe74c837fd4e9bed866a659b39970d5df77');
INSERT INTO public.user_events VALUES (109, '607d6354-dfc3-4a1c-a3e3-db55dd197f01', 'f0a5e04a-1eae-4339-b396-05e8a0816f3f', 1, 'Created', 1, '{"email":"hoa.nguyen@example.org","name":"Nguyễn Thị Hoa","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$nR8mcmTgWtaL6nG/v8nxYQ$uZryB30Bgn2u9dXjTNxV7P1jEB7bzX8fwkmkBzzQ/MQ"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-26T08:11:47.960625Z', 'sha256:cad13cb53b41e40e785e27efbbbe5587d7b5bc09178f10d7634bad1507ea6532');
INSERT INTO public.user_events VALUES (110, '6522f850-b9a4-4acf-be7e-206ad07f40e2', '52a7f245-1dc0-4bd7-a28e-547b63fd7881', 1, 'Created', 1, '{"email":"anais.lefevre@example.com","name":"Anaïs Lefèvre","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$v1iPTVmzaITyNbJGTc7qJw$bSIrxMChiv37eiEpwzLGeZtAkEHWPpsOqx1rnXGy8lA"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-26T11:46:00.998325Z', 'sha256:7bcd17966d6778299c24d1d9e90236a6d5a1dd9041d45e58798290781e9285e4');
INSERT INTO public.user_events VALUES (112, '5192692e-e5ba-4c5e-bc0a-bbd51410e692', 'f9250d18-3b2f-4cae-a027-07987163849f', 1, 'Created', 1, '{"email":"lars.eriksson@example.net","name":"Lars Eriksson","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$1jXPhuw/L43azVSXBEZSqQ$u2TYSLG4ez7YwWLwnzBRXc3QPYTKi985eERy80Z7W4s"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-26T14:50:15.298668Z', 'sha256:fb8d4b4dd057eb481246c04ef18825ee729ab11c791ccac2d11132c3b69a0f83');
INSERT INTO public.user_events VALUES (115, 'c87abeec-c333-4043-be7f-a90c67c04f34', 'c6714292-da14-4b56-ace2-7abd2f043312', 1, 'Created', 1, '{"email":"minjun.park@example.com","name":"박민준","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$mZgaNjSdQ//TNh7zZjhvJA$MwVgUtySs7NfJj++IPN65h6cpx693bfH9NglbRiQ5uA"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-27T08:32:33.501531Z', 'sha256:546765ced003ba36bf297ca2c9513ec45b444c8ca0e569f9038738ed20a9f435');
INSERT INTO public.user_events VALUES (116, '28cc3320-6d0f-47b0-8c93-e86db2c8cbf0', '5217bb99-8ac5-4d8c-b45d-0182737b0c81', 1, 'Created', 1, '{"email":"sofia.mueller@example.org","name":"Sofia Müller","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$9eBYB3rChhzIpKRHsmDkcQ$jjTNGBlgALK6skkKLbn9T0HTKKCgyL1fgphgtaOgX6w"}', '{"actor":"provisioning","command":"user create"}', '2025-09-27T10:56:53.454987Z', 'sha256:ae02a905cb6a201a5d344a7cced66c67574f8c28da0de6ed412a9a8315b27b97');
INSERT INTO public.user_events VALUES (117, '7fa46856-27ad-4775-a87a-8af04dafc176', 'a8679619-cc64-4fc5-87dd-944007ab6095', 1, 'Created', 1, '{"email":"wei.zhang@example.net","name":"张伟","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$d08OklP/4Asnc4vq9DpWzA$IfA6USuMgiuRiVLs9hMxF4x9GfK6Gt2mxx2b8b42uR0"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-27T11:09:16.665915Z', 'sha256:ad3cd1d308de41b15d828a03819f8503e64679e8145bd7d166e49bb09dddab3e');
INSERT INTO public.user_events VALUES (118, 'b92e6b36-64d4-4d79-a72f-aaedb1f3a2ce', '6149ea22-8961-4e93-9929-a5f9fcc59c4f', 2, 'Destroyed', 1, '{"reason":"duplicate account"}', '{"actor":"helpdesk","causation_id":"e8b64155-3571-4d72-902a-78d6d34da1d2","command":"user destroy"}', '2025-09-27T12:57:55.183734Z', 'sha256:752a5c46da07a3846073ce49a12c6b2c02888b95ba3ede7e919cfbd4f71529b4');
INSERT INTO public.user_events VALUES (119, '5bd3f53e-31f3-4d23-9603-6d9e3384a1c9', 'c2329b90-f39a-4867-8544-899c8b6b2593', 2, 'Destroyed', 1, '{"reason":"duplicate account"}', '{"actor":"mkowalski","causation_id":"46026c73-b06e-4acb-98c7-45be48f17878","command":"user destroy"}', '2025-09-28T08:02:55.638225Z', 'sha256:867fa5d754a662d45660747ac94432dc9d9478a5972464bd9d17752ff9fdfea4');
INSERT INTO public.user_events VALUES (122, '840ac326-1c4c-4277-b15d-8ac3c394a8d7', '4d9973bb-7cc8-4942-81be-930494ab99e7', 1, 'Created', 1, '{"email":"soren.kristensen@example.net","name":"Søren Kristensen","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$9Vnlv725iyswhA2q8FGwbw$EOiAjDsW4Jtpw66NELQ8GXwpEn7/BJ4QhyARUwmo6jE"}', '{"actor":"provisioning","command":"user create"}', '2025-09-28T12:08:47.086205Z', 'sha256:f80a2d517ad94aa91c1c601eef696d5be0cafaf37feb552cdcb8ea2a009d29ee');
INSERT INTO public.user_events VALUES (124, '321ff4ff-f7ef-4edc-8007-2779537793be', '75956a7d-8bfb-4f7f-b4ca-e0759656eab5', 1, 'Created', 1, '{"email":"nadia.haddad@example.com","name":"Nadia Haddad","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$sGlb9g72EzHspahLVYs05Q$0jBDySFe9OLzZih27smn6fi/VsaHhi5oZuWmDiVl+ZM"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-28T14:29:48.591567Z', 'sha256:d6ebcbec2c024932970af59d0d95710922d6deb12278d2d1c7e89461b949c461');
INSERT INTO public.user_events VALUES (125, '8f004f41-8e87-40e7-b59f-ff60c79fdb30', 'ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', 1, 'Created', 1, '{"email":"amara.okafor@example.com","name":"Amara Okafor","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$FMR8mMIYUDmCQa1ixuo2tw$2FbH7jgXeGU2xxfzDfub7oKRGGj+PKSz5bicVIo9A/g"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-28T15:27:30.346632Z', 'sha256:95eb4bc20e03926cd4f67d9e5357f3e66afe4c5dbca9fb32db05d52eda0bb23e');
INSERT INTO public.user_events VALUES (126, 'ed72fc1e-dcb1-49a8-baa9-5f745f9cf8e1', '316948be-2605-4f60-91e6-63eb75328910', 2, 'Destroyed', 1, '{}', '{"actor":"anna.ops","command":"user destroy"}', '2025-09-28T17:13:52.662564Z', 'sha256:2bfb171d50d2deb2ae9a236baca40782e03aeabec5f837c1542b3444cdcdde30');
INSERT INTO public.user_events VALUES (131, 'd0bcdbe4-c56f-46d1-b6e5-397de2959b86', '8b045af3-5a51-47a6-aa12-284012226711', 1, 'Created', 1, '{"email":"aoife.nibhriain@example.com","name":"Aoife Ní Bhriain","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$1lGQ4nkB6ea3KmZYLvrWzg$AbMTTheachi0UyHtMyvaew21qZxBla9AqxBCOrtPoJs"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-29T12:47:07.468226Z', 'sha256:581b085c1533ac52c51af3e3cb41342efc26d3e4f1869ba792d54df50209aa13');
INSERT INTO public.user_events VALUES (132, '98270096-599e-4c30-8b0e-f01e05fdb42a', '7de28f75-712c-4260-9484-458990cffb3a', 2, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$3s+lohs1FslyvQj40xGr5w$RVtA8AeJNXZ/3TMNObBfu9I1hgOLBR/DXHKR7T4rRY0"}', '{"actor":"anna.ops","command":"user change-password"}', '2025-09-29T14:00:35.349121Z', 'sha256:aa429dee25486ce709d66c1b126b9f9c3341b61aea05f732ecf2e12d7883cd4d');
INSERT INTO public.user_events VALUES (133, '0a153fb8-efbb-4663-8227-f85d9b551572', '43e5d298-a5ec-4317-ac9f-8cc85199a51d', 2, 'EmailChanged', 1, '{"email":"rafael.oliveira@corp.example.com"}', '{"actor":"anna.ops","command":"user change-email"}', '2025-09-29T16:41:40.212480Z', 'sha256:9e18434296fd5b61736fa3abaed69ae6eed8624abc40a5892cb358418623f1ef');
INSERT INTO public.user_events VALUES (134, '70598d64-594e-4fcc-8a2c-ef99600ce8ca', '316948be-2605-4f60-91e6-63eb75328910', 3, 'Restored', 1, '{}', '{"actor":"anna.ops","command":"user restore"}', '2025-09-29T17:25:29.374423Z', 'sha256:b5d84c8c84d7df9fe6f4433aaef198732ca686c93036e70b48815509e88f3908');
INSERT INTO public.user_events VALUES (138, '7cfa2f9b-13d6-4552-b889-7fdd815dddba', '81ced410-a4f8-4159-898c-ec932687dda3', 2, 'Renamed', 1, '{"name":"Hana Dvořáková"}', '{"actor":"mkowalski","command":"user rename"}', '2025-09-30T15:31:58.335918Z', 'sha256:02770588e71aadb826f7c9fd3512efc5635578498d32d0f064ccfeefb1b715ac');
INSERT INTO public.user_events VALUES (140, 'acd21687-539c-4f52-99cc-0c9643601dd2', 'ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', 2, 'Renamed', 1, '{"name":"Amara Okafor-Bello"}', '{"actor":"anna.ops","command":"user rename"}', '2025-10-01T10:53:41.834837Z', 'sha256:aacb758724ee27b54a4ddbae418666715d513066b000b5901e2e6493f863051e');
INSERT INTO public.user_events VALUES (142, '1eef8731-9467-451d-9191-6564b612a217', 'f9250d18-3b2f-4cae-a027-07987163849f', 2, 'Renamed', 1, '{"name":"Lars Eriksson Nyberg"}', '{"actor":"mkowalski","command":"user rename"}', '2025-10-02T16:53:08.234323Z', 'sha256:8a34e607a9a5d89141e14069813dbd55d46eaf9ebcb70707a43c3461d2417428');
INSERT INTO public.user_events VALUES (144, '2a09553f-6dac-4f64-acc5-fcaae458e62d', '43e5d298-a5ec-4317-ac9f-8cc85199a51d', 3, 'Destroyed', 1, '{}', '{"actor":"mkowalski","command":"user destroy"}', '2025-10-07T14:03:57.684726Z', 'sha256:f54fb70849ca14ad7e270023f3f1879557a5cc84c89d38cb7c75f86f6f84fbed');
INSERT INTO public.user_events VALUES (145, 'cd5aa045-a122-4b0c-8868-0c6f053938a3', '679cac0a-82ea-4a1f-b39a-1b71d8664a33', 2, 'Destroyed', 1, '{}', '{"actor":"provisioning","command":"user destroy"}', '2025-10-07T17:04:19.830950Z', 'sha256:b3d7cff0ac5f5b9ac3bdfdbab778acae30a0f7a1fb0a4824d61ada174908fe5b');
INSERT INTO public.user_events VALUES (147, 'fea198f8-7b3f-46c8-af2b-0ad276dafce6', '0e24b473-dc71-441c-bbf1-831510754b52', 3, 'Destroyed', 1, '{"reason":"requested deletion of their account"}', '{"actor":"mkowalski","causation_id":"e7221569-100d-4079-95b5-d18e815bd1ed","command":"user destroy"}', '2025-10-07T17:47:00.074199Z', 'sha256:3ce78fb33f45112cdf5fa6fe12b4296126588e5eb4573d5c5b5d6a129b9af67b');
INSERT INTO public.user_events VALUES (150, 'b00ac07e-8588-45d9-b82b-93ad69afa8d4', 'f505d76f-2720-4752-bee0-c29640f62d66', 1, 'Created', 1, '{"email":"mateo.fernandez@example.com","name":"Mateo Fernández","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$/uZ4NUbMIRxQcaugqP3qbQ$atagjkrACDUD+sbA4jU5HmJG0RGZ5BVJ2ScxgaPj4pc"}', '{"actor":"anna.ops","command":"user create"}', '2025-10-09T17:44:14.191672Z', 'sha256:856e01c5ae255cca572129e63ad1b4161a19dfeea4e10077b1edc30f8cb46746');
INSERT INTO public.user_events VALUES (151, '4a2609f2-9c9c-481d-8563-fdfaaf5d36fd', '0e24b473-dc71-441c-bbf1-831510754b52', 4, 'Forgotten', 1, '{}', '{"actor":"mkowalski","command":"user forget"}', '2025-10-09T20:47:00.074199Z', 'sha256:563a90bb3ede36c84f70ce776f5cebbd04df834b0272c013ff2467b5ea6d7e58');
INSERT INTO public.user_events VALUES (153, '5adb8176-b6cf-40da-82a6-b70f22d0e334', '90e4b989-5d68-45a3-b0c6-4bffed761df5', 1, 'Created', 2, '{"email":"aesgcm:MroEKoLxpFmwIgG4WsLfFJi8PHaIAm8nQAKdJ0qJML8aQWuLwnssq1PPca8=","name":"aesgcm:VCP0hJZ1qsY3/+3VRtFi3n3s8HdMjlk0DkSomvBbneyXSmWngw==","password_hash":"aesgcm:mZdxyKG237d5koSvVWAvPKCVAgO+gal+MKpy9o7IAF9g+3PmI5uf0jacveMeIh3ZBjr4JcMcpCfsUl7JzzpNBR2peLoJUKjuxWMVj8trX81Y7p848ViVqfQNaUqSXehUGGbgGZzm1M6+a6Rvyj4DANl4DdnpnhaU/b50DOY="}', '{"actor":"root","command":"user create"}', '2026-12-05T18:44:02.709751Z', 'sha256:068736f1103f86aeb891cddc00bb9d8cd58da81969e976d75b5f7ff0bc82b300');
INSERT INTO public.user_events VALUES (155, 'fa6c8f7c-968c-4eb9-b247-bff717f7c030', '90e4b989-5d68-45a3-b0c6-4bffed761df5', 2, 'Renamed', 2, '{"name":"aesgcm:AyeSY6gmcc14jwqTQk4Q01pom+zjcuMf1/Ev1Lrd43IF/eK3yJReUS+aD9MK"}', '{"actor":"root","command":"user rename"}', '2026-12-05T18:44:03.496682Z', 'sha256:01c61dc1a848b87de8dc3f69ed0578485855360f831b41d60895d59a352bb2aa');


--
-- Data for Name: user_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_keys VALUES ('90e4b989-5d68-45a3-b0c6-4bffed761df5', '\xdf6c293acc811e055b509399f26f93bcc1f70c35460b7365e6957e9276791051');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('612830c0-0444-48a5-a286-78a397e94748', 'Chloé Martin', 'chloe.dubois@example.net', 'chloe.dubois@example.net', '$argon2id$v=19$m=65536,t=3,p=4$aVNcT5T3igSdbUdh4a9YcA$M4wlraYQG3IQR4srtMfcmic2Eza/SctKhgXHNWnsGVs', 'live', false, false, 4, '2025-09-07T13:21:52.074445Z', '2025-09-13T10:00:54.652380Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c3b96aae-e11a-41dc-8f6d-aaf9a3a549d3', 'Tuğba Aksoy', 'tugba.aksoy@example.com', 'tugba.aksoy@example.com', '$argon2id$v=19$m=65536,t=3,p=4$ZHruEskpuSidnEj5pf0a1g$rF5XoXvgehHrUYvUci88aDr40+xQkLZJCIx8PAeI4k8', 'destroyed', true, false, 2, '2025-09-08T08:03:21.206824Z', '2025-09-14T09:09:45.015594Z', NULL, '2025-09-14T09:09:45.015594Z', NULL, NULL);
INSERT INTO public.users VALUES ('962e78ab-cca0-4d77-b5de-1f1e326b8b32', 'Marta Wiśniewska', 'marta.wisniewska@corp.example.com', 'marta.wisniewska@corp.example.com', '$argon2id$v=19$m=65536,t=3,p=4$VP5kTHFhDb3menaMAsHLMw$mFDJtm091Dx67B5C+m01kYdsvgtZ2nnqv7I2AdH31As', 'live', false, false, 3, '2025-09-06T10:35:42.028933Z', '2025-09-17T14:52:40.416323Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('0e24b473-dc71-441c-bbf1-831510754b52', '[forgotten]', '[forgotten]', '0e24b473-dc71-441c-bbf1-831510754b52', '', 'forgotten', true, false, 4, '2025-09-23T09:05:52.621369Z', '2025-10-09T20:47:00.074199Z', NULL, '2025-10-09T20:47:00.074199Z', NULL, NULL);
INSERT INTO public.users VALUES ('c6714292-da14-4b56-ace2-7abd2f043312', '박민준', 'minjun.park@example.com', 'minjun.park@example.com', '$argon2id$v=19$m=65536,t=3,p=4$mZgaNjSdQ//TNh7zZjhvJA$MwVgUtySs7NfJj++IPN65h6cpx693bfH9NglbRiQ5uA', 'live', false, false, 1, '2025-09-27T08:32:33.501531Z', '2025-09-27T08:32:33.501531Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('6037eb6a-8ae7-4020-b73c-c2ad63cf48ad', 'Jörg Schäfer', 'joerg.schaefer@eu.example.org', 'joerg.schaefer@eu.example.org', '$argon2id$v=19$m=65536,t=3,p=4$pPIoNZLquXpfS2fl739YKg$/ma9YLS6MMwAaSDgBg513kPu1ERntUoteNECWSkZjPI', 'live', false, false, 1, '2025-09-21T12:48:07.731176Z', '2025-09-21T12:48:07.731176Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('0fad83fa-1dc2-4ddc-991b-92ff51e2e56b', 'Isabela Costa (Billing)', 'billing@example.com', 'billing@example.com', '$argon2id$v=19$m=65536,t=3,p=4$/qSbZZFIJtk6mdwTn8ayIg$FqCCNrcne612w1SQUc6bymXuwRCVETvSygYrWMmGT6k', 'destroyed', true, false, 2, '2025-09-03T07:55:09.351201Z', '2025-09-16T10:10:10.945951Z', NULL, '2025-09-16T10:10:10.945951Z', NULL, 'mailbox handed over');
INSERT INTO public.users VALUES ('43e5d298-a5ec-4317-ac9f-8cc85199a51d', 'Rafael Oliveira', 'rafael.oliveira@corp.example.com', 'rafael.oliveira@corp.example.com', '$argon2id$v=19$m=65536,t=3,p=4$5jkvcz9PKzGi9EqBXvSXaw$sLYYmZNH8oCCzsJMx8Nqt16EH2iXmEUddafgnQgEmLs', 'destroyed', true, false, 3, '2025-09-25T16:37:16.308641Z', '2025-10-07T14:03:57.684726Z', NULL, '2025-10-07T14:03:57.684726Z', NULL, NULL);
INSERT INTO public.users VALUES ('2e18dc86-9279-409e-b04c-9aa256247493', 'Noa Levi', 'noa.levi@mail.example.com', 'noa.levi@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$p2oE4XS7OL9pHbEvyDq43g$O9F2axm2m8aYHceXmxlcgvi57UE3TMJFk2xmY0K+Utg', 'live', false, false, 1, '2025-09-11T17:42:59.639255Z', '2025-09-11T17:42:59.639255Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('ecc1eb5a-d897-4ec6-9a01-4aab057793a3', 'Isabela Costa', 'isabela.costa@mail.example.com', 'isabela.costa@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$vE1rsnHWavrV4Uk7pweqqA$H6mLOZfrQp02C6Wa/7pifaxOiyQ3ukv2/1T+Um55b9Q', 'live', false, false, 1, '2025-09-15T10:22:54.212297Z', '2025-09-15T10:22:54.212297Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('f0a5e04a-1eae-4339-b396-05e8a0816f3f', 'Nguyễn Thị Hoa', 'hoa.nguyen@example.org', 'hoa.nguyen@example.org', '$argon2id$v=19$m=65536,t=3,p=4$nR8mcmTgWtaL6nG/v8nxYQ$uZryB30Bgn2u9dXjTNxV7P1jEB7bzX8fwkmkBzzQ/MQ', 'live', false, false, 1, '2025-09-26T08:11:47.960625Z', '2025-09-26T08:11:47.960625Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c2329b90-f39a-4867-8544-899c8b6b2593', 'Aoife Ní Bhriain', 'aoife.nibhriain@example.com', 'aoife.nibhriain@example.com', '$argon2id$v=19$m=65536,t=3,p=4$m2Ao/yFEvhrjICmi0Mppqw$h0xa1vGBNuviqBxuS/jqithWDDEb/LwfqJsPDy6BLn8', 'destroyed', true, false, 2, '2025-09-15T11:40:48.531452Z', '2025-09-28T08:02:55.638225Z', NULL, '2025-09-28T08:02:55.638225Z', NULL, 'duplicate account');
INSERT INTO public.users VALUES ('2c4b3af3-fd31-43fe-a385-0dd054ce84cf', 'Fatima Zahra Benali', 'fz.benali@example.net', 'fz.benali@example.net', '$argon2id$v=19$m=65536,t=3,p=4$JGOyQMX9UzMyFIEI/qEE9Q$Bq1bw0BKXrjsqJGLXD1gzGlkK7O7JpLgLkkpFyDPFuI', 'live', false, false, 1, '2025-09-06T16:45:38.244329Z', '2025-09-06T16:45:38.244329Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', 'Amara Okafor-Bello', 'amara.okafor@example.com', 'amara.okafor@example.com', '$argon2id$v=19$m=65536,t=3,p=4$FMR8mMIYUDmCQa1ixuo2tw$2FbH7jgXeGU2xxfzDfub7oKRGGj+PKSz5bicVIo9A/g', 'live', false, false, 2, '2025-09-28T15:27:30.346632Z', '2025-10-01T10:53:41.834837Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('5491448c-be5a-4f5a-b9fa-1d6a496a8f48', 'Thandiwe Dlamini', 'thandi.dlamini@example.com', 'thandi.dlamini@example.com', '$argon2id$v=19$m=65536,t=3,p=4$4uG7z1/vPzYSjwvv4yub/A$n3QjTAdaaobairfXDQ59c0c/AjnvUz0EFf9MQoAaf2E', 'live', false, false, 2, '2025-09-04T15:57:09.444619Z', '2025-09-06T10:26:33.456601Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('8b045af3-5a51-47a6-aa12-284012226711', 'Aoife Ní Bhriain', 'aoife.nibhriain@example.com', 'aoife.nibhriain@example.com', '$argon2id$v=19$m=65536,t=3,p=4$1lGQ4nkB6ea3KmZYLvrWzg$AbMTTheachi0UyHtMyvaew21qZxBla9AqxBCOrtPoJs', 'live', false, false, 1, '2025-09-29T12:47:07.468226Z', '2025-09-29T12:47:07.468226Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('a8679619-cc64-4fc5-87dd-944007ab6095', '张伟', 'wei.zhang@example.net', 'wei.zhang@example.net', '$argon2id$v=19$m=65536,t=3,p=4$d08OklP/4Asnc4vq9DpWzA$IfA6USuMgiuRiVLs9hMxF4x9GfK6Gt2mxx2b8b42uR0', 'live', false, false, 1, '2025-09-27T11:09:16.665915Z', '2025-09-27T11:09:16.665915Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c6fb03cf-f05f-4908-9aba-f7cd5c0ae521', 'Ingrid Halvorsen', 'ingrid.halvorsen@example.com', 'ingrid.halvorsen@example.com', '$argon2id$v=19$m=65536,t=3,p=4$EWsjzwrclyzFgGZQ4kzfFQ$ru3aIJCn9fFyS8YmCEBBI6LKbq+LnFpkvF9O40JIOGQ', 'live', false, false, 1, '2025-09-22T15:49:45.729879Z', '2025-09-22T15:49:45.729879Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('679cac0a-82ea-4a1f-b39a-1b71d8664a33', 'Mateo Fernández', 'mateo.fernandez@example.com', 'mateo.fernandez@example.com', '$argon2id$v=19$m=65536,t=3,p=4$Ff4RG5WK/pHiamE0dy7icw$e6IwMzJJChWp01cgIm7+9FUjjomzqCqMeeDVxzNcnR4', 'destroyed', true, false, 2, '2025-09-23T12:03:00.070982Z', '2025-10-07T17:04:19.830950Z', NULL, '2025-10-07T17:04:19.830950Z', NULL, NULL);
INSERT INTO public.users VALUES ('316948be-2605-4f60-91e6-63eb75328910', 'Zainab Hassan', 'zainab.hassan@example.org', 'zainab.hassan@example.org', '$argon2id$v=19$m=65536,t=3,p=4$XzKtVrWJQFJOtnp4cy3T0w$qNPK9tZOOqw4JwD/ga7w++chuEW55fgoedKdfMqERqg', 'live', false, false, 3, '2025-09-19T08:54:39.520152Z', '2025-09-29T17:25:29.374423Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('8f2fb77e-f556-46a5-9f65-f2ba94028add', 'Björn Lindqvist', 'bjorn.lindqvist@example.net', 'bjorn.lindqvist@example.net', '$argon2id$v=19$m=65536,t=3,p=4$U7/ikZzVn4xztspUUQC/2A$W2aKcUOpyC19z8iuQ0rQmcs8SktruSeH/Ch3oWon4eI', 'live', false, false, 1, '2025-09-04T17:17:56.774946Z', '2025-09-04T17:17:56.774946Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('825c234d-e806-46da-9c3b-296f737fa202', '[forgotten]', '[forgotten]', '825c234d-e806-46da-9c3b-296f737fa202', '', 'forgotten', true, false, 3, '2025-09-01T09:44:40.816316Z', '2025-09-08T11:53:04.224193Z', NULL, '2025-09-08T11:53:04.224193Z', NULL, NULL);
INSERT INTO public.users VALUES ('e312c9a9-64c3-496e-988f-7f28b460a5b2', 'Aylin Yılmaz', 'aylin.yilmaz@example.com', 'aylin.yilmaz@example.com', '$argon2id$v=19$m=65536,t=3,p=4$IWYG9RVXSn1q/4Q+nMIlAQ$A/LMKjoSbDM1rLHnO1OKj3DroY0YvJyiT1+Q78Xia/0', 'live', false, false, 1, '2025-09-09T10:30:12.346839Z', '2025-09-09T10:30:12.346839Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('7de28f75-712c-4260-9484-458990cffb3a', 'Priya Raghunathan', 'priya.raghunathan@example.com', 'priya.raghunathan@example.com', '$argon2id$v=19$m=65536,t=3,p=4$3s+lohs1FslyvQj40xGr5w$RVtA8AeJNXZ/3TMNObBfu9I1hgOLBR/DXHKR7T4rRY0', 'live', false, false, 2, '2025-09-25T17:42:21.435953Z', '2025-09-29T14:00:35.349121Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('8667cbd7-5ca7-483b-82ef-136b91e742a9', 'Saoirse Byrne', 'saoirse.byrne@example.org', 'saoirse.byrne@example.org', '$argon2id$v=19$m=65536,t=3,p=4$itQbozFoVRHYmSXmVoOFhw$dYwl4I8yM+wZlh1jR2fNmyfCKkAcbUEMX21a2LsBA8U', 'live', false, false, 1, '2025-09-25T11:01:20.549183Z', '2025-09-25T11:01:20.549183Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('75956a7d-8bfb-4f7f-b4ca-e0759656eab5', 'Nadia Haddad', 'nadia.haddad@example.com', 'nadia.haddad@example.com', '$argon2id$v=19$m=65536,t=3,p=4$sGlb9g72EzHspahLVYs05Q$0jBDySFe9OLzZih27smn6fi/VsaHhi5oZuWmDiVl+ZM', 'live', false, false, 1, '2025-09-28T14:29:48.591567Z', '2025-09-28T14:29:48.591567Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('ebea2b28-2006-4ddb-98c4-af8c5b2c505f', 'Leilani Kahale', 'leilani.kahale@example.net', 'leilani.kahale@example.net', '$argon2id$v=19$m=65536,t=3,p=4$bTKp58AiTkq15Gpyx0rwHg$jdbk6JyfLfiIqbuYfI83njDzFI7DupFlpcerJwVVAKM', 'disabled', false, true, 2, '2025-09-06T13:10:14.670483Z', '2025-09-11T07:44:31.914546Z', '2025-09-11T07:44:31.914546Z', NULL, 'on parental leave', NULL);
INSERT INTO public.users VALUES ('3ea342ce-4e2f-448e-97fb-22fb1c37b7e3', '渡辺 健二', 'kenji.watanabe@example.org', 'kenji.watanabe@example.org', '$argon2id$v=19$m=65536,t=3,p=4$KM5QL4zbmObHO/rhl5TfuQ$Zm3oMjF5oYryBaN/AcUpnkbddcdKBQnNDAl/jgr/1V8', 'destroyed', true, false, 2, '2025-09-12T08:17:58.560550Z', '2025-09-20T07:06:15.596892Z', NULL, '2025-09-20T07:06:15.596892Z', NULL, 'duplicate account');
INSERT INTO public.users VALUES ('b90cdebf-f67f-4236-96b0-ab8ab3af99d5', 'Tomás Ó Súilleabháin', 'tomas.osullivan@example.com', 'tomas.osullivan@example.com', '$argon2id$v=19$m=65536,t=3,p=4$U3HMkr9EYOWVTeAubWl7mg$dQ7Hgnue5GrYzfaEKoDuMN5qfaSrpsNkInZq1Vt0hNE', 'live', false, false, 1, '2025-09-02T09:49:34.632924Z', '2025-09-02T09:49:34.632924Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c78c988d-4352-4313-84ff-6c386cd38c0d', 'Omar Farouk', 'omar.farouk@example.com', 'omar.farouk@example.com', '$argon2id$v=19$m=65536,t=3,p=4$i92nZXg74q+KODUkVFFQdg$qnppo3p5KU+mcbPMQJ5uJUfPBuslwNNkbTv6Shcc05w', 'live', false, false, 1, '2025-09-04T10:15:00.657570Z', '2025-09-04T10:15:00.657570Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('b5aab4a8-f42c-4c59-8a03-3ef80a55935e', 'Kwame Mensah', 'kwame.mensah@example.com', 'kwame.mensah@example.com', '$argon2id$v=19$m=65536,t=3,p=4$uBe+GOkxI2PuKmtdvog2bg$TIJ14pHURcP/e2V2rlU3Fovmh/9BUL1OOuFhKMZqCg4', 'live', false, false, 1, '2025-09-15T09:37:57.087862Z', '2025-09-15T09:37:57.087862Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('81ced410-a4f8-4159-898c-ec932687dda3', 'Hana Dvořáková', 'hana.novakova@eu.example.org', 'hana.novakova@eu.example.org', '$argon2id$v=19$m=65536,t=3,p=4$GeLJOdE6/Uwyqk8rv9Iv7A$a0brZeJ+j2AB2zzL74Xgn/HQkrza6ZG9kv3ztXXaVpI', 'live', false, false, 2, '2025-09-23T08:53:59.982623Z', '2025-09-30T15:31:58.335918Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('52a7f245-1dc0-4bd7-a28e-547b63fd7881', 'Anaïs Lefèvre', 'anais.lefevre@example.com', 'anais.lefevre@example.com', '$argon2id$v=19$m=65536,t=3,p=4$v1iPTVmzaITyNbJGTc7qJw$bSIrxMChiv37eiEpwzLGeZtAkEHWPpsOqx1rnXGy8lA', 'live', false, false, 1, '2025-09-26T11:46:00.998325Z', '2025-09-26T11:46:00.998325Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('e562e0d7-6681-4a0c-a8b6-d12c67bbb874', 'Émile Gagnon', 'emile.gagnon@example.com', 'emile.gagnon@example.com', '$argon2id$v=19$m=65536,t=3,p=4$/1YS7T/Ctey7YYSp1lU0iA$Tx4gUH4aAOCY+BN8hoogUziyr0/Pegw4DQzhYhyGoQs', 'live', false, false, 1, '2025-09-08T16:45:55.450517Z', '2025-09-08T16:45:55.450517Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('702d6f2b-211c-4228-b7e7-5ee9817f2824', 'Dmitri Volkov', 'dmitri.volkov@example.com', 'dmitri.volkov@example.com', '$argon2id$v=19$m=65536,t=3,p=4$QE/fJtyGydVcklTYP13YmQ$V/K8yOce85H2nYi0t62fbhwSoWQt2GFycH+CDR26ZZ0', 'live', false, false, 1, '2025-09-03T08:27:07.185972Z', '2025-09-03T08:27:07.185972Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('4d9973bb-7cc8-4942-81be-930494ab99e7', 'Søren Kristensen', 'soren.kristensen@example.net', 'soren.kristensen@example.net', '$argon2id$v=19$m=65536,t=3,p=4$9Vnlv725iyswhA2q8FGwbw$EOiAjDsW4Jtpw66NELQ8GXwpEn7/BJ4QhyARUwmo6jE', 'live', false, false, 1, '2025-09-28T12:08:47.086205Z', '2025-09-28T12:08:47.086205Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c146d020-1c26-4131-ae8d-68723e477447', '田中 優希', 'yuki.tanaka@example.org', 'yuki.tanaka@example.org', '$argon2id$v=19$m=65536,t=3,p=4$k1HvPO3jmJOEkyb2s+U06A$AB6pAmC+Pj0v/cUAYQsqpClcVUs8tm+eg6u9JRe+8i4', 'live', false, false, 2, '2025-09-08T15:04:34.498011Z', '2025-09-14T12:09:43.008583Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('dea3d6ec-9866-411e-b546-9970bc3395f5', 'Giulia Romano Ferri', 'giulia.romano@eu.example.org', 'giulia.romano@eu.example.org', '$argon2id$v=19$m=65536,t=3,p=4$Ktv+TXajsL+Wk36DAXFbEQ$3x/AkHNfPQRR5Aa7sIcAshu8obv/wNuLE1A7lwaFzCU', 'live', false, false, 2, '2025-09-10T09:14:57.458254Z', '2025-09-13T14:51:27.641443Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('e9859a10-f8ba-4050-9f07-858388dcb21e', 'Αλέξανδρος Παπαδόπουλος', 'alexandros.papadopoulos@example.org', 'alexandros.papadopoulos@example.org', '$argon2id$v=19$m=65536,t=3,p=4$zKA+7T5DZUtgxDwEqQPEZw$3qKjqrWtDp+DvFIOV73Nx3jxFojlAischXWEx2piHyc', 'live', false, false, 1, '2025-09-16T12:35:25.575415Z', '2025-09-16T12:35:25.575415Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('f505d76f-2720-4752-bee0-c29640f62d66', 'Mateo Fernández', 'mateo.fernandez@example.com', 'mateo.fernandez@example.com', '$argon2id$v=19$m=65536,t=3,p=4$/uZ4NUbMIRxQcaugqP3qbQ$atagjkrACDUD+sbA4jU5HmJG0RGZ5BVJ2ScxgaPj4pc', 'live', false, false, 1, '2025-10-09T17:44:14.191672Z', '2025-10-09T17:44:14.191672Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('3f1a8d7b-8724-4d6c-8866-f39b61e15599', 'Oluwaseun Adeyemi', 'seun.adeyemi@mail.example.com', 'seun.adeyemi@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$KpvPfMASQK5UfDgVawsUKA$Cqqvs70J6lGs7kCsFM2f0FvJjHLgl3QCcxJ1ZDKTIPc', 'live', false, false, 1, '2025-09-14T13:28:29.764319Z', '2025-09-14T13:28:29.764319Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('6149ea22-8961-4e93-9929-a5f9fcc59c4f', 'Arjun Mehta', 'arjun.mehta@example.com', 'arjun.mehta@example.com', '$argon2id$v=19$m=65536,t=3,p=4$TSIbKI/192kRKHTmY20giA$9w3pVE3e+3j/31u0gzqdafxF3d1Ur6BifCWzF+ofMlI', 'destroyed', true, false, 2, '2025-09-18T08:25:21.060484Z', '2025-09-27T12:57:55.183734Z', NULL, '2025-09-27T12:57:55.183734Z', NULL, 'duplicate account');
INSERT INTO public.users VALUES ('58d382b2-6841-4932-9a96-7144e2d70d5e', 'Mei-Ling Chen', 'meiling.chen@example.net', 'meiling.chen@example.net', '$argon2id$v=19$m=65536,t=3,p=4$+q0alHDs3ruGI8zbWgu+Kg$3njsfQEd5wZui6+WUXE3VeVXniC2Mrt5jvDQFTD+ayY', 'live', false, false, 1, '2025-09-09T09:07:44.764625Z', '2025-09-09T09:07:44.764625Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('977bbb7f-87bd-499b-8868-45bc528b7cdc', 'Siddharth Iyer', 'sid.iyer@example.net', 'sid.iyer@example.net', '$argon2id$v=19$m=65536,t=3,p=4$HVddPxlw3fZHzi1nWRUxAQ$HySdkxK9X0/1izzCWj2/gzMPG/bv+oA/93ksYeNBtVA', 'live', false, false, 3, '2025-09-15T11:13:24.313813Z', '2025-09-18T16:53:15.492751Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('1df0c5c9-4e28-4a99-9a4d-82c8ad579526', '渡辺 健二', 'kenji.watanabe@example.org', 'kenji.watanabe@example.org', '$argon2id$v=19$m=65536,t=3,p=4$2I1oRaVk/EMmoG8msspt5g$n5hqhxAS3U93hlPZ/YabY/YdZ19WBcw3gTKptGunX7I', 'live', false, false, 1, '2025-09-23T13:49:09.231627Z', '2025-09-23T13:49:09.231627Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('5217bb99-8ac5-4d8c-b45d-0182737b0c81', 'Sofia Müller', 'sofia.mueller@example.org', 'sofia.mueller@example.org', '$argon2id$v=19$m=65536,t=3,p=4$9eBYB3rChhzIpKRHsmDkcQ$jjTNGBlgALK6skkKLbn9T0HTKKCgyL1fgphgtaOgX6w', 'live', false, false, 1, '2025-09-27T10:56:53.454987Z', '2025-09-27T10:56:53.454987Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('5fa9f710-0b34-46f9-baa8-324f34b9283b', 'Diego Ramírez', 'diego.ramirez@example.org', 'diego.ramirez@example.org', '$argon2id$v=19$m=65536,t=3,p=4$OEl0oNJKV3Yi3Cv+UnMzeQ$wBj1ajOL/9fb7ovR9r+vVomBd2CM/n4z9/m3B5f6m+U', 'live', false, false, 1, '2025-09-25T14:23:50.181288Z', '2025-09-25T14:23:50.181288Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('4ce1684b-d6f1-4114-a71e-c3fe1c4aea01', 'Łukasz Kowalski', 'lukasz.kowalski@example.com', 'lukasz.kowalski@example.com', '$argon2id$v=19$m=65536,t=3,p=4$8Ng3v+fjOnW6ieKPtYDEQQ$AgnDarJ+HpiPcTMExPSmGCOwKulhZKX1ZRXKJhtNGt4', 'destroyed', true, false, 2, '2025-09-03T07:12:48.208450Z', '2025-09-04T07:13:35.833285Z', NULL, '2025-09-04T07:13:35.833285Z', NULL, 'duplicate account');
INSERT INTO public.users VALUES ('13cef12d-35bf-44f5-9e30-29809fb540ee', 'Saoirse Byrne (Billing)', 'billing@example.com', 'billing@example.com', '$argon2id$v=19$m=65536,t=3,p=4$qUDWIpc/UUusL4iKuWoMEg$1mwIPt5W1gwLG7pgVr47mNLbOf1z3NqSlJQdkk1rjyc', 'live', false, false, 1, '2025-09-19T16:45:07.285168Z', '2025-09-19T16:45:07.285168Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('f9250d18-3b2f-4cae-a027-07987163849f', 'Lars Eriksson Nyberg', 'lars.eriksson@example.net', 'lars.eriksson@example.net', '$argon2id$v=19$m=65536,t=3,p=4$1jXPhuw/L43azVSXBEZSqQ$u2TYSLG4ez7YwWLwnzBRXc3QPYTKi985eERy80Z7W4s', 'live', false, false, 2, '2025-09-26T14:50:15.298668Z', '2025-10-02T16:53:08.234323Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('8f766267-e22e-45f4-9c76-9aceb5d587f1', 'Leilani Kahale (Support)', 'support@example.org', 'support@example.org', '$argon2id$v=19$m=65536,t=3,p=4$AjWoJB9KN0WYk4583TBeXA$XHOaxTDWrlKfCQRxzYn+6j+60NP8mASFEvmqV46jIXk', 'destroyed', true, false, 2, '2025-09-06T15:58:40.286783Z', '2025-09-07T15:19:32.212171Z', NULL, '2025-09-07T15:19:32.212171Z', NULL, 'mailbox handed over');
INSERT INTO public.users VALUES ('64dc169c-5ad5-48ef-bc19-072ec1c78142', 'Marta Wiśniewska (Support)', 'support@example.org', 'support@example.org', '$argon2id$v=19$m=65536,t=3,p=4$rUhuyxJFq9QC0/daC4N5HA$3fmvUEjXQY4lgbTgaTlF3DaKoufg/RjEt3mDDXXUYmQ', 'live', false, false, 1, '2025-09-09T07:58:13.659971Z', '2025-09-09T07:58:13.659971Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('71d6c5bd-33cd-491b-9cd8-88d5c023fe76', 'Camila Rojas', 'camila.rojas@mail.example.com', 'camila.rojas@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$HkHWUieCqa1OiCnQzrhIBQ$9IhTTPXGd02Y2pG7ex8duGSu4S7CP71T71sfQMIz0bI', 'destroyed', true, false, 2, '2025-09-07T08:22:48.409679Z', '2025-09-17T10:48:03.471999Z', NULL, '2025-09-17T10:48:03.471999Z', NULL, NULL);
INSERT INTO public.users VALUES ('019f3309-fd3f-4751-8129-c8d44590ce45', 'Elif Demir', 'elif.demir@example.com', 'elif.demir@example.com', '$argon2id$v=19$m=65536,t=3,p=4$OXC+EwFZiMUOGv3jLlpSlQ$txtJiMQ8yyJlvE2lGfGfAbmDD0LQUuZVYeQZu9eqMXY', 'live', false, false, 1, '2025-09-02T08:22:42.627883Z', '2025-09-02T08:22:42.627883Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('1d02f9ae-f581-41fb-a7ef-524db10700cd', 'Diego Ramírez', 'diego.ramirez@example.org', 'diego.ramirez@example.org', '$argon2id$v=19$m=65536,t=3,p=4$lHsLz1z01mX0eg3ciseoUg$ISckLICk414hecNBjzU+pMqvq2KNoWUY+11qERZj4bo', 'destroyed', true, true, 3, '2025-09-03T17:38:42.443521Z', '2025-09-18T11:03:03.637692Z', '2025-09-08T12:50:04.864601Z', '2025-09-18T11:03:03.637692Z', 'suspicious sign-ins', NULL);
INSERT INTO public.users VALUES ('341456e1-cc39-4bb8-b787-a2b9622d610e', 'Ahmed El-Sayed', 'ahmed.elsayed@corp.example.com', 'ahmed.elsayed@corp.example.com', '$argon2id$v=19$m=65536,t=3,p=4$+NgXefxLaUn4dvE/ILsnxg$s+HYxGIE/u2raRzJ8DbkFv4O6bZLp19/047LQfZ2CPo', 'live', false, false, 3, '2025-09-08T17:38:27.556064Z', '2025-09-18T14:16:00.847103Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('90e4b989-5d68-45a3-b0c6-4bffed761df5', 'Vera Four-Renamed', 'vera@example.com', 'vera@example.com', '$argon2id$v=19$m=65536,t=3,p=4$NgbgHON8D+Hcu5cyxjjnfA$wMj3fEiqGqsAoz2h1jMucHZSBAH+/m11Ps+iVlDUdkI', 'live', false, false, 2, '2026-12-05T18:44:02.709751Z', '2026-12-05T18:44:03.496682Z', NULL, NULL, NULL, NULL);


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
-- Name: user_keys user_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_keys
    ADD CONSTRAINT user_keys_pkey PRIMARY KEY (user_id);


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


