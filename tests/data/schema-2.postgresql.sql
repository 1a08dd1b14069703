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

INSERT INTO public.event_log_head VALUES (1, 93, 'sha256:0e4ad71a0255e0b0453d6f719a0135c398666f20857fadfae089c7a84cb369f8');


--
-- Data for Name: evtcli_meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evtcli_meta VALUES ('application', 'evtcli');
INSERT INTO public.evtcli_meta VALUES ('schema_version', '2');


--
-- Data for Name: projection_checkpoints; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.projection_checkpoints VALUES ('users', 93, 2);


--
-- Data for Name: user_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_events VALUES (1, '74eccc70-640e-4839-ac70-9ebf1386be08', '825c234d-e806-46da-9c3b-296f737fa202', 1, 'Created', 1, '{"email":"josemaria.garcia@example.com","name":"José María García","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$mvJzP8F5Rl4ypNStZE51ug$agZZdPQwSsK1t6TosG0sHd64Ukng34vvEX3xseDkWIo"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-01T09:44:40.816316Z', 'sha256:f1842ca0d97abd12e7aa02f851b6df7d8987e7b158fb1c5892a2d2163285a05f');
INSERT INTO public.user_events VALUES (2, '49570b8c-fbe9-4a9a-8eac-1ac2f5c5e3d6', '019f3309-fd3f-4751-8129-c8d44590ce45', 1, 'Created', 1, '{"email":"elif.demir@example.com","name":"Elif Demir","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$OXC+EwFZiMUOGv3jLlpSlQ$txtJiMQ8yyJlvE2lGfGfAbmDD0LQUuZVYeQZu9eqMXY"}', '{"actor":"anna.ops","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-02T08:22:42.627883Z', 'sha256:cb47aad663467c5d2115d8c76f16311514dc21c1ab55077f5bfef9ab3624339a');
INSERT INTO public.user_events VALUES (3, '992b82c9-f3ef-46b1-948e-869fac331a0f', 'b90cdebf-f67f-4236-96b0-ab8ab3af99d5', 1, 'Created', 1, '{"email":"tomas.osullivan@example.com","name":"Tomás Ó Súilleabháin","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$U3HMkr9EYOWVTeAubWl7mg$dQ7Hgnue5GrYzfaEKoDuMN5qfaSrpsNkInZq1Vt0hNE"}', '{"actor":"provisioning","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-02T09:49:34.632924Z', 'sha256:bf0dd8d91c4ae485dea672d5cf8e5f4e74d3678f3d1b54438743df1ad85cf77a');
INSERT INTO public.user_events VALUES (4, '5e6ecc0c-7fe5-4fb3-b507-a8596a216d8c', '4ce1684b-d6f1-4114-a71e-c3fe1c4aea01', 1, 'Created', 1, '{"email":"lukasz.kowalski@example.com","name":"Łukasz Kowalski","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$8Ng3v+fjOnW6ieKPtYDEQQ$AgnDarJ+HpiPcTMExPSmGCOwKulhZKX1ZRXKJhtNGt4"}', '{"actor":"anna.ops","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-03T07:12:48.208450Z', 'sha256:d405a2cb37800149f46062d8fa55cc4396a3623cb53102210904ae1e4db0b782');
INSERT INTO public.user_events VALUES (5, '2097659e-c95c-4e61-b983-9db9a0dc603f', '0fad83fa-1dc2-4ddc-991b-92ff51e2e56b', 1, 'Created', 1, '{"email":"billing@example.com","name":"Isabela Costa (Billing)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$/qSbZZFIJtk6mdwTn8ayIg$FqCCNrcne612w1SQUc6bymXuwRCVETvSygYrWMmGT6k"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-03T07:55:09.351201Z', 'sha256:a7074e39c81008e8d215e6094031970bad04beac004da9025daf36227567c036');
INSERT INTO public.user_events VALUES (6, 'a981dc92-b00d-428f-a1d7-0b21d904265f', '702d6f2b-211c-4228-b7e7-5ee9817f2824', 1, 'Created', 1, '{"email":"dmitri.volkov@example.com","name":"Dmitri Volkov","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$QE/fJtyGydVcklTYP13YmQ$V/K8yOce85H2nYi0t62fbhwSoWQt2GFycH+CDR26ZZ0"}', '{"actor":"helpdesk","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-03T08:27:07.185972Z', 'sha256:738ab84130da17dd698839f799799af9ce0763d0a86225f659818c5f536ff74a');
INSERT INTO public.user_events VALUES (7, 'afa05770-c918-4928-a907-6bef814c1727', '1d02f9ae-f581-41fb-a7ef-524db10700cd', 1, 'Created', 1, '{"email":"diego.ramirez@example.org","name":"Diego Ramírez","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$lHsLz1z01mX0eg3ciseoUg$ISckLICk414hecNBjzU+pMqvq2KNoWUY+11qERZj4bo"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-03T17:38:42.443521Z', 'sha256:48cc85c93048074264eb106dcda7acd49375cb91e9e7febb4c20115140995353');
INSERT INTO public.user_events VALUES (8, '7841be79-baca-47dd-91e2-c2360216863a', '4ce1684b-d6f1-4114-a71e-c3fe1c4aea01', 2, 'Destroyed', 1, '{"reason":"duplicate account"}', '{"actor":"provisioning","causation_id":"d80f93bb-0326-49a3-aa83-d29dcfd9a75d","command":"user destroy"}', '2025-09-04T07:13:35.833285Z', 'sha256:2a453c3f6b7a7ada23cdeba28a94aec853d3915edfb25a2ecf78c679bf291e57');
INSERT INTO public.user_events VALUES (9, 'ba52c349-b00d-41ef-8705-3423f0580e2a', 'c78c988d-4352-4313-84ff-6c386cd38c0d', 1, 'Created', 1, '{"email":"omar.farouk@example.com","name":"Omar Farouk","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$i92nZXg74q+KODUkVFFQdg$qnppo3p5KU+mcbPMQJ5uJUfPBuslwNNkbTv6Shcc05w"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-04T10:15:00.657570Z', 'sha256:2dc8ff6980bfda07c3d293bc34883050392e309e5c6bb34d6a2698a04cb9d928');
INSERT INTO public.user_events VALUES (10, 'fb3ac5eb-e51d-4955-adbb-94376f183053', '5491448c-be5a-4f5a-b9fa-1d6a496a8f48', 1, 'Created', 1, '{"email":"thandi.dlamini@example.com","name":"Thandiwe Dlamini","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$GT7AE4lAk9Wi2wEcg9y5UA$E4rLzOlfQYspJ5WIYEpmw5zJkid6/OCpp21ZgNlldv0"}', '{"actor":"provisioning","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-04T15:57:09.444619Z', 'sha256:805e4c77dac34b237813aa33fe4857c3176d744faa8984eea94f6aa21307f8f0');
INSERT INTO public.user_events VALUES (11, 'a6faf7d8-fe98-4da3-9b8f-d66325d2107e', '8f2fb77e-f556-46a5-9f65-f2ba94028add', 1, 'Created', 1, '{"email":"bjorn.lindqvist@example.net","name":"Björn Lindqvist","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$U7/ikZzVn4xztspUUQC/2A$W2aKcUOpyC19z8iuQ0rQmcs8SktruSeH/Ch3oWon4eI"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-04T17:17:56.774946Z', 'sha256:a625be6bf6cb0a5945355f877b707422fab3ef3232820a59e605603226ad943f');
INSERT INTO public.user_events VALUES (12, '271afdc9-012c-4581-87f6-b43bdbd76771', '825c234d-e806-46da-9c3b-296f737fa202', 2, 'Destroyed', 1, '{"reason":"requested deletion of their account"}', '{"actor":"provisioning","causation_id":"93f1c729-5391-466b-b5b3-fa4b3f495841","command":"user destroy"}', '2025-09-06T08:53:04.224193Z', 'sha256:be00817a7969027079d41a4de5c5e3def210397aa737f105e12cb7f29fdc444b');
INSERT INTO public.user_events VALUES (13, 'ff577806-a932-4fce-9d81-ee4993bcf02d', '5491448c-be5a-4f5a-b9fa-1d6a496a8f48', 2, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$4uG7z1/vPzYSjwvv4yub/A$n3QjTAdaaobairfXDQ59c0c/AjnvUz0EFf9MQoAaf2E"}', '{"actor":"provisioning","command":"user change-password"}', '2025-09-06T10:26:33.456601Z', 'sha256:2c23d2a6c21fa6dd0ffbe257fcfca2e6a5fb96d1beab0e4a5129a65048849193');
INSERT INTO public.user_events VALUES (14, 'e969a155-ff05-4f70-a722-749f8dec70fc', '962e78ab-cca0-4d77-b5de-1f1e326b8b32', 1, 'Created', 1, '{"email":"marta.wisniewska@example.org","name":"Marta Wiśniewska","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$WDUhdz9LKMNAoM2vugV4lg$R7saDpsAg8pahXx7wZ8I2EdtEJ05knHs4idTdNX77oc"}', '{"actor":"provisioning","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-06T10:35:42.028933Z', 'sha256:2bd2e4ffcecc2742b40be2d31a5b397cd1dda8ec03bfc7e9d6762ba4e9328eea');
INSERT INTO public.user_events VALUES (15, '38025af8-bdc9-47cb-83be-180b3fa2267e', 'ebea2b28-2006-4ddb-98c4-af8c5b2c505f', 1, 'Created', 1, '{"email":"leilani.kahale@example.net","name":"Leilani Kahale","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$bTKp58AiTkq15Gpyx0rwHg$jdbk6JyfLfiIqbuYfI83njDzFI7DupFlpcerJwVVAKM"}', '{"actor":"provisioning","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-06T13:10:14.670483Z', 'sha256:844f665b94166f4094f46337a8aab489dee5357f2a367f50204820b2e109cd43');
INSERT INTO public.user_events VALUES (16, '2714a932-c626-48dc-bbd9-cec6711a1f64', '8f766267-e22e-45f4-9c76-9aceb5d587f1', 1, 'Created', 1, '{"email":"support@example.org","name":"Leilani Kahale (Support)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$AjWoJB9KN0WYk4583TBeXA$XHOaxTDWrlKfCQRxzYn+6j+60NP8mASFEvmqV46jIXk"}', '{"actor":"helpdesk","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-06T15:58:40.286783Z', 'sha256:c9246e00a81e3307a1607cc8c177647dd194c222d71bf667d46a0555546f41be');
INSERT INTO public.user_events VALUES (17, '31b6845f-c9e6-4637-94e9-5437f6bc639b', '2c4b3af3-fd31-43fe-a385-0dd054ce84cf', 1, 'Created', 1, '{"email":"fz.benali@example.net","name":"Fatima Zahra Benali","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$JGOyQMX9UzMyFIEI/qEE9Q$Bq1bw0BKXrjsqJGLXD1gzGlkK7O7JpLgLkkpFyDPFuI"}', '{"actor":"helpdesk","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-06T16:45:38.244329Z', 'sha256:903985b6ab4c92e53c56d6af6741072001b45473bd77db4160e986598d314498');
INSERT INTO public.user_events VALUES (18, 'dc2b6999-f6a5-49de-8fa1-90e8dd0e1bab', '71d6c5bd-33cd-491b-9cd8-88d5c023fe76', 1, 'Created', 1, '{"email":"camila.rojas@mail.example.com","name":"Camila Rojas","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$HkHWUieCqa1OiCnQzrhIBQ$9IhTTPXGd02Y2pG7ex8duGSu4S7CP71T71sfQMIz0bI"}', '{"actor":"anna.ops","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-07T08:22:48.409679Z', 'sha256:0d85de0e47ef0dfa60fa111951a32265b6884e982f5302401b86cadf9c1544b1');
INSERT INTO public.user_events VALUES (19, '7efb7b0a-5b62-43db-87fa-9cffed2b2690', '612830c0-0444-48a5-a286-78a397e94748', 1, 'Created', 1, '{"email":"chloe.dubois@example.net","name":"Chloé Dubois","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$aVNcT5T3igSdbUdh4a9YcA$M4wlraYQG3IQR4srtMfcmic2Eza/SctKhgXHNWnsGVs"}', '{"actor":"mkowalski","command":"user create","correlation_id":"a541958f-e99a-47b5-8a1c-7e9e07b26d56"}', '2025-09-07T13:21:52.074445Z', 'sha256:ba9cbe40ef4c53b5de523568d41b1c6836627bfda8d9a71ab4e8837056358b0e');
INSERT INTO public.user_events VALUES (20, 'dc250e88-c7ff-43de-a13d-3db2931a46fc', '8f766267-e22e-45f4-9c76-9aceb5d587f1', 2, 'Destroyed', 1, '{"reason":"mailbox handed over"}', '{"actor":"provisioning","causation_id":"5344ed67-ad34-4010-9a1a-cb07c4e7bf3f","command":"user destroy"}', '2025-09-07T15:19:32.212171Z', 'sha256:80ab60e436bc69e36528e2835027ced12558f6bb93f820fab48ae88a2fdfbc86');
INSERT INTO public.user_events VALUES (21, '65c08578-c09b-49c5-b054-b78f2292d805', 'c3b96aae-e11a-41dc-8f6d-aaf9a3a549d3', 1, 'Created', 1, '{"email":"tugba.aksoy@example.com","name":"Tuğba Aksoy","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$ZHruEskpuSidnEj5pf0a1g$rF5XoXvgehHrUYvUci88aDr40+xQkLZJCIx8PAeI4k8"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-08T08:03:21.206824Z', 'sha256:ca0b89c168d78913569997f347f28da8770a258b3d1a92a5a50a6c7b0e26359d');
INSERT INTO public.user_events VALUES (22, '633c8e8c-2cfb-417d-89a4-8011ffe86935', '1d02f9ae-f581-41fb-a7ef-524db10700cd', 2, 'Disabled', 1, '{"reason":"suspicious sign-ins"}', '{"actor":"provisioning","command":"user disable"}', '2025-09-08T12:50:04.864601Z', 'sha256:184f8e2bca57498b24666f2f0ef957efc51e02291e51ba89958b76ca9b5ec2cb');
INSERT INTO public.user_events VALUES (23, 'e666a2af-33d5-4780-ba7e-c4778d45aa11', 'c146d020-1c26-4131-ae8d-68723e477447', 1, 'Created', 1, '{"email":"yuki.tanaka@example.org","name":"田中 優希","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$MHXfBFZOsISILImYaPWM0A$+Ulh15vQeW9sUBSD+87yH6AspOw18hfGnL5B7s9D5xE"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-08T15:04:34.498011Z', 'sha256:6f2b7f08675f07d5616b42a85ee9d7330963c66f5e26698b5c5c9d83a2313448');
INSERT INTO public.user_events VALUES (24, '1093520b-95fc-4ee8-85e9-6537511ddd2c', 'e562e0d7-6681-4a0c-a8b6-d12c67bbb874', 1, 'Created', 1, '{"email":"emile.gagnon@example.com","name":"Émile Gagnon","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$/1YS7T/Ctey7YYSp1lU0iA$Tx4gUH4aAOCY+BN8hoogUziyr0/Pegw4DQzhYhyGoQs"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-08T16:45:55.450517Z', 'sha256:4ef230eed8d13255c37f2e94101e544f12ada6a0b438f00c4d96da457356ddfd');
INSERT INTO public.user_events VALUES (25, '0f3c3bf3-2067-403b-b709-d55d519bc085', '341456e1-cc39-4bb8-b787-a2b9622d610e', 1, 'Created', 1, '{"email":"ahmed.elsayed@example.com","name":"Ahmed El-Sayed","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$AoKMyab90YzxjITrpYOJVg$8sPI9tFK3jmFhtdkI7Qw9IBvjPAbGlUMfNWkO6eOgkI"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-08T17:38:27.556064Z', 'sha256:8d94abd02617e19aa7f043070d19df891f336321e49916c5199c7172f1ae93a1');
INSERT INTO public.user_events VALUES (26, '1e52f956-9d37-4e8e-98ed-6feacec5d3c0', '64dc169c-5ad5-48ef-bc19-072ec1c78142', 1, 'Created', 1, '{"email":"support@example.org","name":"Marta Wiśniewska (Support)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$rUhuyxJFq9QC0/daC4N5HA$3fmvUEjXQY4lgbTgaTlF3DaKoufg/RjEt3mDDXXUYmQ"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-09T07:58:13.659971Z', 'sha256:2707a36a36c364866afd5d29573671d8ad25bc1d3ce91b62d1c8c9f743dc7d7c');
INSERT INTO public.user_events VALUES (27, '0898fb1a-8233-440e-80bf-313eca369e8d', '612830c0-0444-48a5-a286-78a397e94748', 2, 'Renamed', 1, '{"name":"Chloé Martin"}', '{"actor":"anna.ops","command":"user rename"}', '2025-09-09T08:19:36.732245Z', 'sha256:dbbd4734bf741dcbac4a5ec1aa5d41d8803d64ec748e074f16ce2ae246699552');
INSERT INTO public.user_events VALUES (28, '85f651dd-6900-4099-afc7-628b184bc6b8', '58d382b2-6841-4932-9a96-7144e2d70d5e', 1, 'Created', 1, '{"email":"meiling.chen@example.net","name":"Mei-Ling Chen","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$+q0alHDs3ruGI8zbWgu+Kg$3njsfQEd5wZui6+WUXE3VeVXniC2Mrt5jvDQFTD+ayY"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-09T09:07:44.764625Z', 'sha256:aad7cbcc9891b7b830393c57f074af0c7ed7ea3b7bacc1675b4985d121e07e79');
INSERT INTO public.user_events VALUES (29, '7e0dfa42-d8ca-43ab-84d6-72ebc885d475', 'e312c9a9-64c3-496e-988f-7f28b460a5b2', 1, 'Created', 1, '{"email":"aylin.yilmaz@example.com","name":"Aylin Yılmaz","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$IWYG9RVXSn1q/4Q+nMIlAQ$A/LMKjoSbDM1rLHnO1OKj3DroY0YvJyiT1+Q78Xia/0"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-09T10:30:12.346839Z', 'sha256:cef03c31e9878658d7b480a9a15756847b3c330cf9be62ebd95b2c7cf1037836');
INSERT INTO public.user_events VALUES (30, '0d6f52b9-d096-4cbe-b08d-1e51930b4608', 'dea3d6ec-9866-411e-b546-9970bc3395f5', 1, 'Created', 1, '{"email":"giulia.romano@eu.example.org","name":"Giulia Romano","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$Ktv+TXajsL+Wk36DAXFbEQ$3x/AkHNfPQRR5Aa7sIcAshu8obv/wNuLE1A7lwaFzCU"}', '{"actor":"provisioning","command":"user create"}', '2025-09-10T09:14:57.458254Z', 'sha256:c901f82c3c9e4095fee87e179a3f9e77f96b16aa725ccd63227c1df2f5605e14');
INSERT INTO public.user_events VALUES (31, '0dca5db3-db87-4e45-9179-7d5455ff1606', 'ebea2b28-2006-4ddb-98c4-af8c5b2c505f', 2, 'Disabled', 1, '{"reason":"on parental leave"}', '{"actor":"helpdesk","command":"user disable"}', '2025-09-11T07:44:31.914546Z', 'sha256:fc9be3e24da8747b0cd24ef05cf7d1d1b85b5a7a4cf51c1edc6784ca58ab0847');
INSERT INTO public.user_events VALUES (32, '88e70de7-885c-4fd5-9969-2218199cdbb8', '2e18dc86-9279-409e-b04c-9aa256247493', 1, 'Created', 1, '{"email":"noa.levi@mail.example.com","name":"Noa Levi","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$p2oE4XS7OL9pHbEvyDq43g$O9F2axm2m8aYHceXmxlcgvi57UE3TMJFk2xmY0K+Utg"}', '{"actor":"provisioning","command":"user create"}', '2025-09-11T17:42:59.639255Z', 'sha256:5a8de3b7d4828bf7b66b1aec9b9cc4b741c6e48dcd6f526138c17ded99211497');
INSERT INTO public.user_events VALUES (33, '5e3b3ae1-1ea9-41c7-b84a-7437421231d9', '3ea342ce-4e2f-448e-97fb-22fb1c37b7e3', 1, 'Created', 1, '{"email":"kenji.watanabe@example.org","name":"渡辺 健二","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$KM5QL4zbmObHO/rhl5TfuQ$Zm3oMjF5oYryBaN/AcUpnkbddcdKBQnNDAl/jgr/1V8"}', '{"actor":"provisioning","command":"user create"}', '2025-09-12T08:17:58.560550Z', 'sha256:64b0b3dc32d5da6edb673c76141587975b93d3d561704892a02c1c7d500c69bd');
INSERT INTO public.user_events VALUES (34, '391026f6-8674-423c-8784-a21097abd340', '612830c0-0444-48a5-a286-78a397e94748', 3, 'Disabled', 1, '{"reason":"sabbatical"}', '{"actor":"mkowalski","command":"user disable"}', '2025-09-12T08:46:46.990169Z', 'sha256:eb35a208044f9a12d2e5fa650b576d189cd499943444ad1dd690a94db2147478');
INSERT INTO public.user_events VALUES (35, 'd538bc45-2503-4fa7-a321-ebade41a76a5', '341456e1-cc39-4bb8-b787-a2b9622d610e', 2, 'EmailChanged', 1, '{"email":"ahmed.elsayed@corp.example.com"}', '{"actor":"provisioning","command":"user change-email"}', '2025-09-12T12:09:48.347104Z', 'sha256:3452552ef934d1d15d2183ec97f40057b0f0e2ef6fb4dd279c2b4b3cd7d8ca64');
INSERT INTO public.user_events VALUES (36, '5539b3f4-5e19-4566-9db9-332a1c00072e', '612830c0-0444-48a5-a286-78a397e94748', 4, 'Enabled', 1, '{}', '{"actor":"provisioning","command":"user enable"}', '2025-09-13T10:00:54.652380Z', 'sha256:084aa8dd09dc3178bafe8e8cb4d93e2313b089581bb31c5b54f825e3dcd89de7');
INSERT INTO public.user_events VALUES (37, '1b1fdedc-3921-4259-8edd-e39826d4e12f', '962e78ab-cca0-4d77-b5de-1f1e326b8b32', 2, 'EmailChanged', 1, '{"email":"marta.wisniewska@corp.example.com"}', '{"actor":"mkowalski","command":"user change-email"}', '2025-09-13T11:03:57.772380Z', 'sha256:a682381c363ac708460da4dba5a0ffaceec455faa4bed88406912c749e4eb3fc');
INSERT INTO public.user_events VALUES (38, '844896f0-9e02-4bc1-872e-0ab607d839bf', 'dea3d6ec-9866-411e-b546-9970bc3395f5', 2, 'Renamed', 1, '{"name":"Giulia Romano Ferri"}', '{"actor":"provisioning","command":"user rename"}', '2025-09-13T14:51:27.641443Z', 'sha256:9eb5c12d88841272be9479b7679aa356726d1425902b5af6eea2f628619215ae');
INSERT INTO public.user_events VALUES (39, 'da0093dd-4cb0-4c0b-a792-a507310977d5', 'c3b96aae-e11a-41dc-8f6d-aaf9a3a549d3', 2, 'Destroyed', 1, '{}', '{"actor":"provisioning","command":"user destroy"}', '2025-09-14T09:09:45.015594Z', 'sha256:61a8334774a887f1b72e1bf4fd0c4a3afd218dc31e846c85d32bc858b8aa4b84');
INSERT INTO public.user_events VALUES (40, '7283c5e3-ca3f-4567-bb07-595dac848143', 'c146d020-1c26-4131-ae8d-68723e477447', 2, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$k1HvPO3jmJOEkyb2s+U06A$AB6pAmC+Pj0v/cUAYQsqpClcVUs8tm+eg6u9JRe+8i4"}', '{"actor":"mkowalski","command":"user change-password"}', '2025-09-14T12:09:43.008583Z', 'sha256:6399bc865cb21c9eb4a7c866f87eea403c76f1a3404dcd60545a2f1789f42785');
INSERT INTO public.user_events VALUES (41, '25695c38-c5e9-4995-a545-bf309e5e6903', '3f1a8d7b-8724-4d6c-8866-f39b61e15599', 1, 'Created', 1, '{"email":"seun.adeyemi@mail.example.com","name":"Oluwaseun Adeyemi","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$KpvPfMASQK5UfDgVawsUKA$Cqqvs70J6lGs7kCsFM2f0FvJjHLgl3QCcxJ1ZDKTIPc"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-14T13:28:29.764319Z', 'sha256:1b81a9783041e8a9dab8e757cb533fc809b2f3bd3f0d0783e30250cc1edac702');
INSERT INTO public.user_events VALUES (42, 'f949f12d-8287-415a-a245-376838c592c4', 'b5aab4a8-f42c-4c59-8a03-3ef80a55935e', 1, 'Created', 1, '{"email":"kwame.mensah@example.com","name":"Kwame Mensah","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$uBe+GOkxI2PuKmtdvog2bg$TIJ14pHURcP/e2V2rlU3Fovmh/9BUL1OOuFhKMZqCg4"}', '{"actor":"provisioning","command":"user create"}', '2025-09-15T09:37:57.087862Z', 'sha256:5a63ee32f749ebe58006d624a363d4537f9908077460b116dc2aa7ce1a68f855');
INSERT INTO public.user_events VALUES (43, 'dc8c35fb-e6ca-48ae-b30e-ba44e06beb68', 'ecc1eb5a-d897-4ec6-9a01-4aab057793a3', 1, 'Created', 1, '{"email":"isabela.costa@mail.example.com","name":"Isabela Costa","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$vE1rsnHWavrV4Uk7pweqqA$H6mLOZfrQp02C6Wa/7pifaxOiyQ3ukv2/1T+Um55b9Q"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-15T10:22:54.212297Z', 'sha256:b003bc55ad82e8f0fcd5527d3dd6824fc4973ae046729cbd45ddcfc337c09700');
INSERT INTO public.user_events VALUES (44, 'ca3a3ed4-4a0d-4790-b865-92d2535729b5', '977bbb7f-87bd-499b-8868-45bc528b7cdc', 1, 'Created', 1, '{"email":"sid.iyer@example.net","name":"Siddharth Iyer","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$HVddPxlw3fZHzi1nWRUxAQ$HySdkxK9X0/1izzCWj2/gzMPG/bv+oA/93ksYeNBtVA"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-15T11:13:24.313813Z', 'sha256:74768ecd8f4f1f60f8a553f77da5538a1bd426ec3b5b7d5c95c7ad582624198c');
INSERT INTO public.user_events VALUES (45, 'eaf80777-7c3a-4e23-b981-92e14ea964ba', 'c2329b90-f39a-4867-8544-899c8b6b2593', 1, 'Created', 1, '{"email":"aoife.nibhriain@example.com","name":"Aoife Ní Bhriain","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$m2Ao/yFEvhrjICmi0Mppqw$h0xa1vGBNuviqBxuS/jqithWDDEb/LwfqJsPDy6BLn8"}', '{"actor":"provisioning","command":"user create"}', '2025-09-15T11:40:48.531452Z', 'sha256:30d30a137e3f64ae8f879a2c99d9d394f467cb73cd92b2311546536aaf46e540');
INSERT INTO public.user_events VALUES (46, 'b32bbc23-f09d-45c8-ac6f-fab29b4bd139', '0fad83fa-1dc2-4ddc-991b-92ff51e2e56b', 2, 'Destroyed', 1, '{"reason":"mailbox handed over"}', '{"actor":"helpdesk","causation_id":"368b6f03-89f6-4f60-8df3-2fb0fc0e7b69","command":"user destroy"}', '2025-09-16T10:10:10.945951Z', 'sha256:295c219ae6c3de958444159209818da4954f1cbfbbd00fedc7f380dd35ceb88a');
INSERT INTO public.user_events VALUES (47, '554e19f6-bc59-48d6-a0f7-ac0316f37051', 'e9859a10-f8ba-4050-9f07-858388dcb21e', 1, 'Created', 1, '{"email":"alexandros.papadopoulos@example.org","name":"Αλέξανδρος Παπαδόπουλος","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$zKA+7T5DZUtgxDwEqQPEZw$3qKjqrWtDp+DvFIOV73Nx3jxFojlAischXWEx2piHyc"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-16T12:35:25.575415Z', 'sha256:27bd248c18df344bf3b866905bb6474a1cc2f4dc44678c2c44e73174e37f8455');
INSERT INTO public.user_events VALUES (48, 'bd206174-d5ee-40dc-92f7-ae042752c396', '71d6c5bd-33cd-491b-9cd8-88d5c023fe76', 2, 'Destroyed', 1, '{}', '{"actor":"mkowalski","command":"user destroy"}', '2025-09-17T10:48:03.471999Z', 'sha256:b5341de97197e46111b7a173e218021004564e23fb3e380e859d57d909845e97');
INSERT INTO public.user_events VALUES (49, 'b099a2f5-ee11-40a6-8e3b-5fc456c548be', '962e78ab-cca0-4d77-b5de-1f1e326b8b32', 3, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$VP5kTHFhDb3menaMAsHLMw$mFDJtm091Dx67B5C+m01kYdsvgtZ2nnqv7I2AdH31As"}', '{"actor":"anna.ops","command":"user change-password"}', '2025-09-17T14:52:40.416323Z', 'sha256:8b5e3d71630d3d8660c75ba1d155ae71301afe21fba9b2231e48fdf46c8d1df8');
INSERT INTO public.user_events VALUES (50, '106fa7f0-c8b9-470b-9ad8-acaf8d9aabc0', '977bbb7f-87bd-499b-8868-45bc528b7cdc', 2, 'Disabled', 1, '{"reason":"on parental leave"}', '{"actor":"anna.ops","command":"user disable"}', '2025-09-18T07:02:15.713572Z', 'sha256:5f6e06696d33826cd0c0c097fd1d965c827364f817c7a8a8dd2de6e9ea1c6c56');
INSERT INTO public.user_events VALUES (51, '9fabe130-2d39-4551-8aa0-d4d12943ea2b', '6149ea22-8961-4e93-9929-a5f9fcc59c4f', 1, 'Created', 1, '{"email":"arjun.mehta@example.com","name":"Arjun Mehta","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$TSIbKI/192kRKHTmY20giA$9w3pVE3e+3j/31u0gzqdafxF3d1Ur6BifCWzF+ofMlI"}', '{"actor":"provisioning","command":"user create"}', '2025-09-18T08:25:21.060484Z', 'sha256:5e4599178bc1193648db4c238c9f83e5fecec906c43c203c1328ba07d6577586');
INSERT INTO public.user_events VALUES (52, '004894dd-3bda-4f0c-9747-8ed3f11b51fc', '1d02f9ae-f581-41fb-a7ef-524db10700cd', 3, 'Destroyed', 1, '{}', '{"actor":"provisioning","command":"user destroy"}', '2025-09-18T11:03:03.637692Z', 'sha256:d0dadfb3e4c738f2ce0bd0ee76b839881d98fe9d9d5073a91a061b8dc9c864c7');
INSERT INTO public.user_events VALUES (53, 'f5b61e34-4f5d-4499-b855-9aec7f5aac07', '341456e1-cc39-4bb8-b787-a2b9622d610e', 3, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$+NgXefxLaUn4dvE/ILsnxg$s+HYxGIE/u2raRzJ8DbkFv4O6bZLp19/047LQfZ2CPo"}', '{"actor":"mkowalski","command":"user change-password"}', '2025-09-18T14:16:00.847103Z', 'sha256:f51cf93ca732965a3048ee11b0bb54e991cefd83d248071d6fafec131d2d19af');
INSERT INTO public.user_events VALUES (54, 'bd6ec10c-a3fe-49c4-a49f-88266a62d9b5', '977bbb7f-87bd-499b-8868-45bc528b7cdc', 3, 'Enabled', 1, '{}', '{"actor":"anna.ops","command":"user enable"}', '2025-09-18T16:53:15.492751Z', 'sha256:64299988472de8dadacff83c8d717c261b823c7bb0dd0a780a084a7af5e4093c');
INSERT INTO public.user_events VALUES (55, 'a9d99457-ff1a-4cf1-8e30-ab86072a2e26', '316948be-2605-4f60-91e6-63eb75328910', 1, 'Created', 1, '{"email":"zainab.hassan@example.org","name":"Zainab Hassan","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$XzKtVrWJQFJOtnp4cy3T0w$qNPK9tZOOqw4JwD/ga7w++chuEW55fgoedKdfMqERqg"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-19T08:54:39.520152Z', 'sha256:90b15e3ce7a3ec99755692518695a189d9d4ce4bc996067189a3fccf2f4af388');
INSERT INTO public.user_events VALUES (56, '5dadb36e-779d-40e8-b536-ed06186f378d', '13cef12d-35bf-44f5-9e30-29809fb540ee', 1, 'Created', 1, '{"email":"billing@example.com","name":"Saoirse Byrne (Billing)","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$qUDWIpc/UUusL4iKuWoMEg$1mwIPt5W1gwLG7pgVr47mNLbOf1z3NqSlJQdkk1rjyc"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-19T16:45:07.285168Z', 'sha256:f9188f2270e5b277c1ec055814faa1cc7e59e9f32010c6ee8e13b8ac9339da31');
INSERT INTO public.user_events VALUES (57, 'd7a0a287-8a34-4438-84a4-32ba4e3b04fd', '3ea342ce-4e2f-448e-97fb-22fb1c37b7e3', 2, 'Destroyed', 1, '{"reason":"duplicate account"}', '{"actor":"provisioning","causation_id":"eb389ece-d975-434e-a0aa-30ecad24f91f","command":"user destroy"}', '2025-09-20T07:06:15.596892Z', 'sha256:84a74b52898cb5fba1850d0f5244325a5eb45a4ed2a1d914fd8b4aa8006eed34');
INSERT INTO public.user_events VALUES (58, '61587a00-5a3f-4276-98c7-f26855d8b074', '6037eb6a-8ae7-4020-b73c-c2ad63cf48ad', 1, 'Created', 1, '{"email":"joerg.schaefer@eu.example.org","name":"Jörg Schäfer","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$pPIoNZLquXpfS2fl739YKg$/ma9YLS6MMwAaSDgBg513kPu1ERntUoteNECWSkZjPI"}', '{"actor":"provisioning","command":"user create"}', '2025-09-21T12:48:07.731176Z', 'sha256:720297f8f4eb607d0c30573dd55055eb451fdeea012e0db2e4f9ab2a36c69364');
INSERT INTO public.user_events VALUES (59, 'e9d2aaae-e32a-4b8a-9ed6-c10f946125aa', 'c6fb03cf-f05f-4908-9aba-f7cd5c0ae521', 1, 'Created', 1, '{"email":"ingrid.halvorsen@example.com","name":"Ingrid Halvorsen","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$EWsjzwrclyzFgGZQ4kzfFQ$ru3aIJCn9fFyS8YmCEBBI6LKbq+LnFpkvF9O40JIOGQ"}', '{"actor":"provisioning","command":"user create"}', '2025-09-22T15:49:45.729879Z', 'sha256:1cf38845c68c11e945786cad418eb70f4d90ed45a54d7bd9162990cc032c3221');
INSERT INTO public.user_events VALUES (60, '760bb11d-9d5c-427d-bc53-e6da35c64943', '81ced410-a4f8-4159-898c-ec932687dda3', 1, 'Created', 1, '{"email":"hana.novakova@eu.example.org","name":"Hana Nováková","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$GeLJOdE6/Uwyqk8rv9Iv7A$a0brZeJ+j2AB2zzL74Xgn/HQkrza6ZG9kv3ztXXaVpI"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-23T08:53:59.982623Z', 'sha256:b4d2f0772111190f64fb04e6ab1ecb2ad733542882598b2f4f2ea42e4646b10b');
INSERT INTO public.user_events VALUES (61, 'c039da4e-4377-4507-ab53-718a3597c8fa', '0e24b473-dc71-441c-bbf1-831510754b52', 1, 'Created', 1, '{"email":"olena.kovalenko@example.com","name":"Олена Коваленко","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$GQiLKjt0kvMs8dP2aF97ag$CElKWw434RIehN66DjBNqj3BN5bhidpyayDJMm50wEk"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-23T09:05:52.621369Z', 'sha256:f6be0661232b3cd29462b9265ac588a17a1755c2a684bf28a9085bfa896f34ca');
INSERT INTO public.user_events VALUES (62, 'cafd6296-3fd6-4d65-8c82-8db9d1ab76cd', '679cac0a-82ea-4a1f-b39a-1b71d8664a33', 1, 'Created', 1, '{"email":"mateo.fernandez@example.com","name":"Mateo Fernández","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$Ff4RG5WK/pHiamE0dy7icw$e6IwMzJJChWp01cgIm7+9FUjjomzqCqMeeDVxzNcnR4"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-23T12:03:00.070982Z', 'sha256:a75ecb0265f4204bf5f4d821f304e4c5663961ed51f2d1cb541316bb2010b660');
INSERT INTO public.user_events VALUES (63, '0f82157f-8f0e-4810-9259-1fe27b3dd100', '1df0c5c9-4e28-4a99-9a4d-82c8ad579526', 1, 'Created', 1, '{"email":"kenji.watanabe@example.org","name":"渡辺 健二","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$2I1oRaVk/EMmoG8msspt5g$n5hqhxAS3U93hlPZ/YabY/YdZ19WBcw3gTKptGunX7I"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-23T13:49:09.231627Z', 'sha256:2fa27508962034bf5309532aeab551ddd9dc55eb36028d4261e6744630e3351e');
INSERT INTO public.user_events VALUES (64, 'c8f07996-41cb-44ef-ac94-a6e4c5a4a50f', '0e24b473-dc71-441c-bbf1-831510754b52', 2, 'EmailChanged', 1, '{"email":"olena.kovalenko@corp.example.com"}', '{"actor":"provisioning","command":"user change-email"}', '2025-09-24T07:59:22.090331Z', 'sha256:3636e1b031c87814ba5c69841a756ed1bf8aab424ca8e6a683da6d41c4aa1a08');
INSERT INTO public.user_events VALUES (65, '63b4dff4-24f2-4558-82b0-55feccc4d861', '8667cbd7-5ca7-483b-82ef-136b91e742a9', 1, 'Created', 1, '{"email":"saoirse.byrne@example.org","name":"Saoirse Byrne","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$itQbozFoVRHYmSXmVoOFhw$dYwl4I8yM+wZlh1jR2fNmyfCKkAcbUEMX21a2LsBA8U"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-25T11:01:20.549183Z', 'sha256:48f2c395bfb95f15d7a80f235864d5ef8e4142a3ae3fbd230c62ed1f0ef459ad');
INSERT INTO public.user_events VALUES (66, '29f84025-8e9d-4a2d-92c3-dbc54ba28e97', '5fa9f710-0b34-46f9-baa8-324f34b9283b', 1, 'Created', 1, '{"email":"diego.ramirez@example.org","name":"Diego Ramírez","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$OEl0oNJKV3Yi3Cv+UnMzeQ$wBj1ajOL/9fb7ovR9r+vVomBd2CM/n4z9/m3B5f6m+U"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-25T14:23:50.181288Z', 'sha256:87c159102b80c45f07cff41ba67f46c851e4087291165dcb4bd967ec06ea24b1');
INSERT INTO public.user_events VALUES (67, 'dc004678-1c96-46ab-af1e-209e74f86856', '43e5d298-a5ec-4317-ac9f-8cc85199a51d', 1, 'Created', 1, '{"email":"rafael.oliveira@example.org","name":"Rafael Oliveira","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$5jkvcz9PKzGi9EqBXvSXaw$sLYYmZNH8oCCzsJMx8Nqt16EH2iXmEUddafgnQgEmLs"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-25T16:37:16.308641Z', 'sha256:50cd3c95c91b05c773fca49c9caf7ced76ef9e8d25b1186c5f4145bb19fa38ca');
INSERT INTO public.user_events VALUES (68, 'd004fcdb-e1a7-42b7-8627-84ee94151240', '7de28f75-712c-4260-9484-458990cffb3a', 1, 'Created', 1, '{"email":"priya.raghunathan@example.com","name":"Priya Raghunathan","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$aLhFPNqr+g30XvMQ1gtP8A$fq4GV4nc4N9t1nuJ1v+QBFfjmpbwEW4G7Eee01Iy7nc"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-25T17:42:21.435953Z', 'sha256:7fe021047dfe6b8e9a9de5d6ff35b52fb27cdda646606fcd9c36f805d4162afe');
INSERT INTO public.user_events VALUES (69, '607d6354-dfc3-4a1c-a3e3-db55dd197f01', 'f0a5e04a-1eae-4339-b396-05e8a0816f3f', 1, 'Created', 1, '{"email":"hoa.nguyen@example.org","name":"Nguyễn Thị Hoa","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$nR8mcmTgWtaL6nG/v8nxYQ$uZryB30Bgn2u9dXjTNxV7P1jEB7bzX8fwkmkBzzQ/MQ"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-26T08:11:47.960625Z', 'sha256:235f1752c0b34c9331bd44bb537eecd130d543854d95ca21ab36ce020648e92e');
INSERT INTO public.user_events VALUES (70, '6522f850-b9a4-4acf-be7e-206ad07f40e2', '52a7f245-1dc0-4bd7-a28e-547b63fd7881', 1, 'Created', 1, '{"email":"anais.lefevre@example.com","name":"Anaïs Lefèvre","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$v1iPTVmzaITyNbJGTc7qJw$bSIrxMChiv37eiEpwzLGeZtAkEHWPpsOqx1rnXGy8lA"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-26T11:46:00.998325Z', 'sha256:3ac6b5f0567c84bcc1de490a3086c069949dc0061e0486de8449b82e600809e1');
INSERT INTO public.user_events VALUES (71, '5192692e-e5ba-4c5e-bc0a-bbd51410e692', 'f9250d18-3b2f-4cae-a027-07987163849f', 1, 'Created', 1, '{"email":"lars.eriksson@example.net","name":"Lars Eriksson","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$1jXPhuw/L43azVSXBEZSqQ$u2TYSLG4ez7YwWLwnzBRXc3QPYTKi985eERy80Z7W4s"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-26T14:50:15.298668Z', 'sha256:8e6db281307c647548f35717a8065861c7e52e530a56d4b946b8ca14d8474e19');
INSERT INTO public.user_events VALUES (72, 'c87abeec-c333-4043-be7f-a90c67c04f34', 'c6714292-da14-4b56-ace2-7abd2f043312', 1, 'Created', 1, '{"email":"minjun.park@example.com","name":"박민준","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$mZgaNjSdQ//TNh7zZjhvJA$MwVgUtySs7NfJj++IPN65h6cpx693bfH9NglbRiQ5uA"}', '{"actor":"helpdesk","command":"user create"}', '2025-09-27T08:32:33.501531Z', 'sha256:4d6a6cf2481053a7ceb4fac08a2da1ceab157c2b673d93b974a6483487af9f46');
INSERT INTO public.user_events VALUES (73, '28cc3320-6d0f-47b0-8c93-e86db2c8cbf0', '5217bb99-8ac5-4d8c-b45d-0182737b0c81', 1, 'Created', 1, '{"email":"sofia.mueller@example.org","name":"Sofia Müller","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$9eBYB3rChhzIpKRHsmDkcQ$jjTNGBlgALK6skkKLbn9T0HTKKCgyL1fgphgtaOgX6w"}', '{"actor":"provisioning","command":"user create"}', '2025-09-27T10:56:53.454987Z', 'sha256:6efd5b6d9d5a7a448102075d5407ee75740abb306bc651935d82158fe997c7f1');
INSERT INTO public.user_events VALUES (74, '7fa46856-27ad-4775-a87a-8af04dafc176', 'a8679619-cc64-4fc5-87dd-944007ab6095', 1, 'Created', 1, '{"email":"wei.zhang@example.net","name":"张伟","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$d08OklP/4Asnc4vq9DpWzA$IfA6USuMgiuRiVLs9hMxF4x9GfK6Gt2mxx2b8b42uR0"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-27T11:09:16.665915Z', 'sha256:7fdefcf8313003aa6a2af3f9f7347481055ed1753ff163a6111f3e654c2e8e0f');
INSERT INTO public.user_events VALUES (75, 'b92e6b36-64d4-4d79-a72f-aaedb1f3a2ce', '6149ea22-8961-4e93-9929-a5f9fcc59c4f', 2, 'Destroyed', 1, '{"reason":"duplicate account"}', '{"actor":"helpdesk","causation_id":"e8b64155-3571-4d72-902a-78d6d34da1d2","command":"user destroy"}', '2025-09-27T12:57:55.183734Z', 'sha256:9198d605a4e4744a5b68d427a3433f0aeb4d3a6376b53abd9bf80aa05d3162dd');
INSERT INTO public.user_events VALUES (76, '5bd3f53e-31f3-4d23-9603-6d9e3384a1c9', 'c2329b90-f39a-4867-8544-899c8b6b2593', 2, 'Destroyed', 1, '{"reason":"duplicate account"}', '{"actor":"mkowalski","causation_id":"46026c73-b06e-4acb-98c7-45be48f17878","command":"user destroy"}', '2025-09-28T08:02:55.638225Z', 'sha256:5672c8b257aba3ba505f19df6aed4f4b0311898009ed58c09210d385ed3a7ddb');
INSERT INTO public.user_events VALUES (77, '840ac326-1c4c-4277-b15d-8ac3c394a8d7', '4d9973bb-7cc8-4942-81be-930494ab99e7', 1, 'Created', 1, '{"email":"soren.kristensen@example.net","name":"Søren Kristensen","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$9Vnlv725iyswhA2q8FGwbw$EOiAjDsW4Jtpw66NELQ8GXwpEn7/BJ4QhyARUwmo6jE"}', '{"actor":"provisioning","command":"user create"}', '2025-09-28T12:08:47.086205Z', 'sha256:f9331f6b0943ce1829564f5fa6cfc4b8ad46539b482fd793678862713e5a6df5');
INSERT INTO public.user_events VALUES (78, '321ff4ff-f7ef-4edc-8007-2779537793be', '75956a7d-8bfb-4f7f-b4ca-e0759656eab5', 1, 'Created', 1, '{"email":"nadia.haddad@example.com","name":"Nadia Haddad","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$sGlb9g72EzHspahLVYs05Q$0jBDySFe9OLzZih27smn6fi/VsaHhi5oZuWmDiVl+ZM"}', '{"actor":"mkowalski","command":"user create"}', '2025-09-28T14:29:48.591567Z', 'sha256:6f6a5edde9652378d3df7474971c85bc0c2346d1643df057530b127a53ea7a35');
INSERT INTO public.user_events VALUES (79, '8f004f41-8e87-40e7-b59f-ff60c79fdb30', 'ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', 1, 'Created', 1, '{"email":"amara.okafor@example.com","name":"Amara Okafor","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$FMR8mMIYUDmCQa1ixuo2tw$2FbH7jgXeGU2xxfzDfub7oKRGGj+PKSz5bicVIo9A/g"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-28T15:27:30.346632Z', 'sha256:41d2429ada4757864f447701f220a2621f720cfeed1ff54a690daf2c5b0b28f2');
INSERT INTO public.user_events VALUES (80, 'ed72fc1e-dcb1-49a8-baa9-5f745f9cf8e1', '316948be-2605-4f60-91e6-63eb75328910', 2, 'Destroyed', 1, '{}', '{"actor":"anna.ops","command":"user destroy"}', '2025-09-28T17:13:52.662564Z', 'sha256:e23ac25ea7012b5db14366a9cc87301c7e7dceec163fc8791fbed034f6f8a798');
INSERT INTO public.user_events VALUES (81, 'd0bcdbe4-c56f-46d1-b6e5-397de2959b86', '8b045af3-5a51-47a6-aa12-284012226711', 1, 'Created', 1, '{"email":"aoife.nibhriain@example.com","name":"Aoife Ní Bhriain","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$1lGQ4nkB6ea3KmZYLvrWzg$AbMTTheachi0UyHtMyvaew21qZxBla9AqxBCOrtPoJs"}', '{"actor":"anna.ops","command":"user create"}', '2025-09-29T12:47:07.468226Z', 'sha256:4d2835dac670dbaef2e2dfd02d714be270e6dac0f934f81efc12d0312d0f855a');
INSERT INTO public.user_events VALUES (82, '98270096-599e-4c30-8b0e-f01e05fdb42a', '7de28f75-712c-4260-9484-458990cffb3a', 2, 'PasswordChanged', 1, '{"password_hash":"$argon2id$v=19$m=65536,t=3,p=4$3s+lohs1FslyvQj40xGr5w$RVtA8AeJNXZ/3TMNObBfu9I1hgOLBR/DXHKR7T4rRY0"}', '{"actor":"anna.ops","command":"user change-password"}', '2025-09-29T14:00:35.349121Z', 'sha256:a616a970f82e42291c55ea617b6d6ff3b88f3f6773ec8073309fd314691b6bba');
INSERT INTO public.user_events VALUES (83, '0a153fb8-efbb-4663-8227-f85d9b551572', '43e5d298-a5ec-4317-ac9f-8cc85199a51d', 2, 'EmailChanged', 1, '{"email":"rafael.oliveira@corp.example.com"}', '{"actor":"anna.ops","command":"user change-email"}', '2025-09-29T16:41:40.212480Z', 'sha256:bab95500923a02425dbe6faba13fdd205535cf3aac86d1829becb03f0ad1707b');
INSERT INTO public.user_events VALUES (84, '70598d64-594e-4fcc-8a2c-ef99600ce8ca', '316948be-2605-4f60-91e6-63eb75328910', 3, 'Restored', 1, '{}', '{"actor":"anna.ops","command":"user restore"}', '2025-09-29T17:25:29.374423Z', 'sha256:d084f6f1d1764e9e4d1d3ebda1ef021c7e8471c793759ee6dbcddc834d8c18e8');
INSERT INTO public.user_events VALUES (85, '7cfa2f9b-13d6-4552-b889-7fdd815dddba', '81ced410-a4f8-4159-898c-ec932687dda3', 2, 'Renamed', 1, '{"name":"Hana Dvořáková"}', '{"actor":"mkowalski","command":"user rename"}', '2025-09-30T15:31:58.335918Z', 'sha256:3cc71a2dc1bb36b809a0725854f88cd8e1e502928b4a60d0b35adc4f4e1500a1');
INSERT INTO public.user_events VALUES (86, 'acd21687-539c-4f52-99cc-0c9643601dd2', 'ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', 2, 'Renamed', 1, '{"name":"Amara Okafor-Bello"}', '{"actor":"anna.ops","command":"user rename"}', '2025-10-01T10:53:41.834837Z', 'sha256:92dcea852a5d4926b7b657b9e253eb1a8e2019c9367c94eedbfcba6e5e3e52c7');
INSERT INTO public.user_events VALUES (87, '1eef8731-9467-451d-9191-6564b612a217', 'f9250d18-3b2f-4cae-a027-07987163849f', 2, 'Renamed', 1, '{"name":"Lars Eriksson Nyberg"}', '{"actor":"mkowalski","command":"user rename"}', '2025-10-02T16:53:08.234323Z', 'sha256:b08fad4f30fd5a61539692e146c19f36d5d31e222ebc3842ee276391e7ce487f');
INSERT INTO public.user_events VALUES (88, '2a09553f-6dac-4f64-acc5-fcaae458e62d', '43e5d298-a5ec-4317-ac9f-8cc85199a51d', 3, 'Destroyed', 1, '{}', '{"actor":"mkowalski","command":"user destroy"}', '2025-10-07T14:03:57.684726Z', 'sha256:691ebc53ae92638300a75a360c6171ff95b4f0d92231eb52475a18c4ada9beab');
INSERT INTO public.user_events VALUES (89, 'cd5aa045-a122-4b0c-8868-0c6f053938a3', '679cac0a-82ea-4a1f-b39a-1b71d8664a33', 2, 'Destroyed', 1, '{}', '{"actor":"provisioning","command":"user destroy"}', '2025-10-07T17:04:19.830950Z', 'sha256:c6f0ef9268e2d8f4008b6a93eb688efdd82861477e00e74c063fa9fc290dd70e');
INSERT INTO public.user_events VALUES (90, 'fea198f8-7b3f-46c8-af2b-0ad276dafce6', '0e24b473-dc71-441c-bbf1-831510754b52', 3, 'Destroyed', 1, '{"reason":"requested deletion of their account"}', '{"actor":"mkowalski","causation_id":"e7221569-100d-4079-95b5-d18e815bd1ed","command":"user destroy"}', '2025-10-07T17:47:00.074199Z', 'sha256:074c692b41738a5d13ddf5a800965ad0a64c94f4338c9880b8746424c2d4f34b');
INSERT INTO public.user_events VALUES (91, 'b00ac07e-8588-45d9-b82b-93ad69afa8d4', 'f505d76f-2720-4752-bee0-c29640f62d66', 1, 'Created', 1, '{"email":"mateo.fernandez@example.com","name":"Mateo Fernández","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$/uZ4NUbMIRxQcaugqP3qbQ$atagjkrACDUD+sbA4jU5HmJG0RGZ5BVJ2ScxgaPj4pc"}', '{"actor":"anna.ops","command":"user create"}', '2025-10-09T17:44:14.191672Z', 'sha256:65ab957af7e656db91bf85c2326596bc99cdbc3907672455c4d4d89be871cc5c');
INSERT INTO public.user_events VALUES (92, '2271757e-5c2a-483c-82a9-b6bad528675b', '5ad8c2ec-4fae-4004-945c-d8654f744fbf', 1, 'Created', 1, '{"email":"vera@example.com","name":"Vera Two","password_hash":"$argon2id$v=19$m=65536,t=3,p=4$l3IOIeQcQ2it9b63dk7JeQ$2lzUyVLH3d26zn5nRZLURrf++h5JNLX8tVFC019PL2Q"}', '{"actor":"root","command":"user create"}', '2026-12-02T07:40:54.943908Z', 'sha256:763954a2a20658ac378f5638bf5131cc15dd94f7507abb801f426a0ddf19282e');
INSERT INTO public.user_events VALUES (93, 'a01a3e66-17b1-42c0-bebe-b6291ca2f470', '5ad8c2ec-4fae-4004-945c-d8654f744fbf', 2, 'Disabled', 1, '{"reason":"on leave"}', '{"actor":"root","command":"user disable"}', '2026-12-02T07:40:55.696056Z', 'sha256:0e4ad71a0255e0b0453d6f719a0135c398666f20857fadfae089c7a84cb369f8');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('825c234d-e806-46da-9c3b-296f737fa202', 'José María García', 'josemaria.garcia@example.com', 'josemaria.garcia@example.com', '$argon2id$v=19$m=65536,t=3,p=4$mvJzP8F5Rl4ypNStZE51ug$agZZdPQwSsK1t6TosG0sHd64Ukng34vvEX3xseDkWIo', 'destroyed', true, false, 2, '2025-09-01T09:44:40.816316Z', '2025-09-06T08:53:04.224193Z', NULL, '2025-09-06T08:53:04.224193Z', NULL, 'requested deletion of their account');
INSERT INTO public.users VALUES ('019f3309-fd3f-4751-8129-c8d44590ce45', 'Elif Demir', 'elif.demir@example.com', 'elif.demir@example.com', '$argon2id$v=19$m=65536,t=3,p=4$OXC+EwFZiMUOGv3jLlpSlQ$txtJiMQ8yyJlvE2lGfGfAbmDD0LQUuZVYeQZu9eqMXY', 'live', false, false, 1, '2025-09-02T08:22:42.627883Z', '2025-09-02T08:22:42.627883Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('b90cdebf-f67f-4236-96b0-ab8ab3af99d5', 'Tomás Ó Súilleabháin', 'tomas.osullivan@example.com', 'tomas.osullivan@example.com', '$argon2id$v=19$m=65536,t=3,p=4$U3HMkr9EYOWVTeAubWl7mg$dQ7Hgnue5GrYzfaEKoDuMN5qfaSrpsNkInZq1Vt0hNE', 'live', false, false, 1, '2025-09-02T09:49:34.632924Z', '2025-09-02T09:49:34.632924Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('4ce1684b-d6f1-4114-a71e-c3fe1c4aea01', 'Łukasz Kowalski', 'lukasz.kowalski@example.com', 'lukasz.kowalski@example.com', '$argon2id$v=19$m=65536,t=3,p=4$8Ng3v+fjOnW6ieKPtYDEQQ$AgnDarJ+HpiPcTMExPSmGCOwKulhZKX1ZRXKJhtNGt4', 'destroyed', true, false, 2, '2025-09-03T07:12:48.208450Z', '2025-09-04T07:13:35.833285Z', NULL, '2025-09-04T07:13:35.833285Z', NULL, 'duplicate account');
INSERT INTO public.users VALUES ('0fad83fa-1dc2-4ddc-991b-92ff51e2e56b', 'Isabela Costa (Billing)', 'billing@example.com', 'billing@example.com', '$argon2id$v=19$m=65536,t=3,p=4$/qSbZZFIJtk6mdwTn8ayIg$FqCCNrcne612w1SQUc6bymXuwRCVETvSygYrWMmGT6k', 'destroyed', true, false, 2, '2025-09-03T07:55:09.351201Z', '2025-09-16T10:10:10.945951Z', NULL, '2025-09-16T10:10:10.945951Z', NULL, 'mailbox handed over');
INSERT INTO public.users VALUES ('702d6f2b-211c-4228-b7e7-5ee9817f2824', 'Dmitri Volkov', 'dmitri.volkov@example.com', 'dmitri.volkov@example.com', '$argon2id$v=19$m=65536,t=3,p=4$QE/fJtyGydVcklTYP13YmQ$V/K8yOce85H2nYi0t62fbhwSoWQt2GFycH+CDR26ZZ0', 'live', false, false, 1, '2025-09-03T08:27:07.185972Z', '2025-09-03T08:27:07.185972Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('1d02f9ae-f581-41fb-a7ef-524db10700cd', 'Diego Ramírez', 'diego.ramirez@example.org', 'diego.ramirez@example.org', '$argon2id$v=19$m=65536,t=3,p=4$lHsLz1z01mX0eg3ciseoUg$ISckLICk414hecNBjzU+pMqvq2KNoWUY+11qERZj4bo', 'destroyed', true, true, 3, '2025-09-03T17:38:42.443521Z', '2025-09-18T11:03:03.637692Z', '2025-09-08T12:50:04.864601Z', '2025-09-18T11:03:03.637692Z', 'suspicious sign-ins', NULL);
INSERT INTO public.users VALUES ('c78c988d-4352-4313-84ff-6c386cd38c0d', 'Omar Farouk', 'omar.farouk@example.com', 'omar.farouk@example.com', '$argon2id$v=19$m=65536,t=3,p=4$i92nZXg74q+KODUkVFFQdg$qnppo3p5KU+mcbPMQJ5uJUfPBuslwNNkbTv6Shcc05w', 'live', false, false, 1, '2025-09-04T10:15:00.657570Z', '2025-09-04T10:15:00.657570Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('5491448c-be5a-4f5a-b9fa-1d6a496a8f48', 'Thandiwe Dlamini', 'thandi.dlamini@example.com', 'thandi.dlamini@example.com', '$argon2id$v=19$m=65536,t=3,p=4$4uG7z1/vPzYSjwvv4yub/A$n3QjTAdaaobairfXDQ59c0c/AjnvUz0EFf9MQoAaf2E', 'live', false, false, 2, '2025-09-04T15:57:09.444619Z', '2025-09-06T10:26:33.456601Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('8f2fb77e-f556-46a5-9f65-f2ba94028add', 'Björn Lindqvist', 'bjorn.lindqvist@example.net', 'bjorn.lindqvist@example.net', '$argon2id$v=19$m=65536,t=3,p=4$U7/ikZzVn4xztspUUQC/2A$W2aKcUOpyC19z8iuQ0rQmcs8SktruSeH/Ch3oWon4eI', 'live', false, false, 1, '2025-09-04T17:17:56.774946Z', '2025-09-04T17:17:56.774946Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('962e78ab-cca0-4d77-b5de-1f1e326b8b32', 'Marta Wiśniewska', 'marta.wisniewska@corp.example.com', 'marta.wisniewska@corp.example.com', '$argon2id$v=19$m=65536,t=3,p=4$VP5kTHFhDb3menaMAsHLMw$mFDJtm091Dx67B5C+m01kYdsvgtZ2nnqv7I2AdH31As', 'live', false, false, 3, '2025-09-06T10:35:42.028933Z', '2025-09-17T14:52:40.416323Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('ebea2b28-2006-4ddb-98c4-af8c5b2c505f', 'Leilani Kahale', 'leilani.kahale@example.net', 'leilani.kahale@example.net', '$argon2id$v=19$m=65536,t=3,p=4$bTKp58AiTkq15Gpyx0rwHg$jdbk6JyfLfiIqbuYfI83njDzFI7DupFlpcerJwVVAKM', 'disabled', false, true, 2, '2025-09-06T13:10:14.670483Z', '2025-09-11T07:44:31.914546Z', '2025-09-11T07:44:31.914546Z', NULL, 'on parental leave', NULL);
INSERT INTO public.users VALUES ('8f766267-e22e-45f4-9c76-9aceb5d587f1', 'Leilani Kahale (Support)', 'support@example.org', 'support@example.org', '$argon2id$v=19$m=65536,t=3,p=4$AjWoJB9KN0WYk4583TBeXA$XHOaxTDWrlKfCQRxzYn+6j+60NP8mASFEvmqV46jIXk', 'destroyed', true, false, 2, '2025-09-06T15:58:40.286783Z', '2025-09-07T15:19:32.212171Z', NULL, '2025-09-07T15:19:32.212171Z', NULL, 'mailbox handed over');
INSERT INTO public.users VALUES ('2c4b3af3-fd31-43fe-a385-0dd054ce84cf', 'Fatima Zahra Benali', 'fz.benali@example.net', 'fz.benali@example.net', '$argon2id$v=19$m=65536,t=3,p=4$JGOyQMX9UzMyFIEI/qEE9Q$Bq1bw0BKXrjsqJGLXD1gzGlkK7O7JpLgLkkpFyDPFuI', 'live', false, false, 1, '2025-09-06T16:45:38.244329Z', '2025-09-06T16:45:38.244329Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('71d6c5bd-33cd-491b-9cd8-88d5c023fe76', 'Camila Rojas', 'camila.rojas@mail.example.com', 'camila.rojas@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$HkHWUieCqa1OiCnQzrhIBQ$9IhTTPXGd02Y2pG7ex8duGSu4S7CP71T71sfQMIz0bI', 'destroyed', true, false, 2, '2025-09-07T08:22:48.409679Z', '2025-09-17T10:48:03.471999Z', NULL, '2025-09-17T10:48:03.471999Z', NULL, NULL);
INSERT INTO public.users VALUES ('612830c0-0444-48a5-a286-78a397e94748', 'Chloé Martin', 'chloe.dubois@example.net', 'chloe.dubois@example.net', '$argon2id$v=19$m=65536,t=3,p=4$aVNcT5T3igSdbUdh4a9YcA$M4wlraYQG3IQR4srtMfcmic2Eza/SctKhgXHNWnsGVs', 'live', false, false, 4, '2025-09-07T13:21:52.074445Z', '2025-09-13T10:00:54.652380Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c3b96aae-e11a-41dc-8f6d-aaf9a3a549d3', 'Tuğba Aksoy', 'tugba.aksoy@example.com', 'tugba.aksoy@example.com', '$argon2id$v=19$m=65536,t=3,p=4$ZHruEskpuSidnEj5pf0a1g$rF5XoXvgehHrUYvUci88aDr40+xQkLZJCIx8PAeI4k8', 'destroyed', true, false, 2, '2025-09-08T08:03:21.206824Z', '2025-09-14T09:09:45.015594Z', NULL, '2025-09-14T09:09:45.015594Z', NULL, NULL);
INSERT INTO public.users VALUES ('c146d020-1c26-4131-ae8d-68723e477447', '田中 優希', 'yuki.tanaka@example.org', 'yuki.tanaka@example.org', '$argon2id$v=19$m=65536,t=3,p=4$k1HvPO3jmJOEkyb2s+U06A$AB6pAmC+Pj0v/cUAYQsqpClcVUs8tm+eg6u9JRe+8i4', 'live', false, false, 2, '2025-09-08T15:04:34.498011Z', '2025-09-14T12:09:43.008583Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('e562e0d7-6681-4a0c-a8b6-d12c67bbb874', 'Émile Gagnon', 'emile.gagnon@example.com', 'emile.gagnon@example.com', '$argon2id$v=19$m=65536,t=3,p=4$/1YS7T/Ctey7YYSp1lU0iA$Tx4gUH4aAOCY+BN8hoogUziyr0/Pegw4DQzhYhyGoQs', 'live', false, false, 1, '2025-09-08T16:45:55.450517Z', '2025-09-08T16:45:55.450517Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('341456e1-cc39-4bb8-b787-a2b9622d610e', 'Ahmed El-Sayed', 'ahmed.elsayed@corp.example.com', 'ahmed.elsayed@corp.example.com', '$argon2id$v=19$m=65536,t=3,p=4$+NgXefxLaUn4dvE/ILsnxg$s+HYxGIE/u2raRzJ8DbkFv4O6bZLp19/047LQfZ2CPo', 'live', false, false, 3, '2025-09-08T17:38:27.556064Z', '2025-09-18T14:16:00.847103Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('64dc169c-5ad5-48ef-bc19-072ec1c78142', 'Marta Wiśniewska (Support)', 'support@example.org', 'support@example.org', '$argon2id$v=19$m=65536,t=3,p=4$rUhuyxJFq9QC0/daC4N5HA$3fmvUEjXQY4lgbTgaTlF3DaKoufg/RjEt3mDDXXUYmQ', 'live', false, false, 1, '2025-09-09T07:58:13.659971Z', '2025-09-09T07:58:13.659971Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('58d382b2-6841-4932-9a96-7144e2d70d5e', 'Mei-Ling Chen', 'meiling.chen@example.net', 'meiling.chen@example.net', '$argon2id$v=19$m=65536,t=3,p=4$+q0alHDs3ruGI8zbWgu+Kg$3njsfQEd5wZui6+WUXE3VeVXniC2Mrt5jvDQFTD+ayY', 'live', false, false, 1, '2025-09-09T09:07:44.764625Z', '2025-09-09T09:07:44.764625Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('e312c9a9-64c3-496e-988f-7f28b460a5b2', 'Aylin Yılmaz', 'aylin.yilmaz@example.com', 'aylin.yilmaz@example.com', '$argon2id$v=19$m=65536,t=3,p=4$IWYG9RVXSn1q/4Q+nMIlAQ$A/LMKjoSbDM1rLHnO1OKj3DroY0YvJyiT1+Q78Xia/0', 'live', false, false, 1, '2025-09-09T10:30:12.346839Z', '2025-09-09T10:30:12.346839Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('dea3d6ec-9866-411e-b546-9970bc3395f5', 'Giulia Romano Ferri', 'giulia.romano@eu.example.org', 'giulia.romano@eu.example.org', '$argon2id$v=19$m=65536,t=3,p=4$Ktv+TXajsL+Wk36DAXFbEQ$3x/AkHNfPQRR5Aa7sIcAshu8obv/wNuLE1A7lwaFzCU', 'live', false, false, 2, '2025-09-10T09:14:57.458254Z', '2025-09-13T14:51:27.641443Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('2e18dc86-9279-409e-b04c-9aa256247493', 'Noa Levi', 'noa.levi@mail.example.com', 'noa.levi@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$p2oE4XS7OL9pHbEvyDq43g$O9F2axm2m8aYHceXmxlcgvi57UE3TMJFk2xmY0K+Utg', 'live', false, false, 1, '2025-09-11T17:42:59.639255Z', '2025-09-11T17:42:59.639255Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('3ea342ce-4e2f-448e-97fb-22fb1c37b7e3', '渡辺 健二', 'kenji.watanabe@example.org', 'kenji.watanabe@example.org', '$argon2id$v=19$m=65536,t=3,p=4$KM5QL4zbmObHO/rhl5TfuQ$Zm3oMjF5oYryBaN/AcUpnkbddcdKBQnNDAl/jgr/1V8', 'destroyed', true, false, 2, '2025-09-12T08:17:58.560550Z', '2025-09-20T07:06:15.596892Z', NULL, '2025-09-20T07:06:15.596892Z', NULL, 'duplicate account');
INSERT INTO public.users VALUES ('3f1a8d7b-8724-4d6c-8866-f39b61e15599', 'Oluwaseun Adeyemi', 'seun.adeyemi@mail.example.com', 'seun.adeyemi@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$KpvPfMASQK5UfDgVawsUKA$Cqqvs70J6lGs7kCsFM2f0FvJjHLgl3QCcxJ1ZDKTIPc', 'live', false, false, 1, '2025-09-14T13:28:29.764319Z', '2025-09-14T13:28:29.764319Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('b5aab4a8-f42c-4c59-8a03-3ef80a55935e', 'Kwame Mensah', 'kwame.mensah@example.com', 'kwame.mensah@example.com', '$argon2id$v=19$m=65536,t=3,p=4$uBe+GOkxI2PuKmtdvog2bg$TIJ14pHURcP/e2V2rlU3Fovmh/9BUL1OOuFhKMZqCg4', 'live', false, false, 1, '2025-09-15T09:37:57.087862Z', '2025-09-15T09:37:57.087862Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('ecc1eb5a-d897-4ec6-9a01-4aab057793a3', 'Isabela Costa', 'isabela.costa@mail.example.com', 'isabela.costa@mail.example.com', '$argon2id$v=19$m=65536,t=3,p=4$vE1rsnHWavrV4Uk7pweqqA$H6mLOZfrQp02C6Wa/7pifaxOiyQ3ukv2/1T+Um55b9Q', 'live', false, false, 1, '2025-09-15T10:22:54.212297Z', '2025-09-15T10:22:54.212297Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('977bbb7f-87bd-499b-8868-45bc528b7cdc', 'Siddharth Iyer', 'sid.iyer@example.net', 'sid.iyer@example.net', '$argon2id$v=19$m=65536,t=3,p=4$HVddPxlw3fZHzi1nWRUxAQ$HySdkxK9X0/1izzCWj2/gzMPG/bv+oA/93ksYeNBtVA', 'live', false, false, 3, '2025-09-15T11:13:24.313813Z', '2025-09-18T16:53:15.492751Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c2329b90-f39a-4867-8544-899c8b6b2593', 'Aoife Ní Bhriain', 'aoife.nibhriain@example.com', 'aoife.nibhriain@example.com', '$argon2id$v=19$m=65536,t=3,p=4$m2Ao/yFEvhrjICmi0Mppqw$h0xa1vGBNuviqBxuS/jqithWDDEb/LwfqJsPDy6BLn8', 'destroyed', true, false, 2, '2025-09-15T11:40:48.531452Z', '2025-09-28T08:02:55.638225Z', NULL, '2025-09-28T08:02:55.638225Z', NULL, 'duplicate account');
INSERT INTO public.users VALUES ('e9859a10-f8ba-4050-9f07-858388dcb21e', 'Αλέξανδρος Παπαδόπουλος', 'alexandros.papadopoulos@example.org', 'alexandros.papadopoulos@example.org', '$argon2id$v=19$m=65536,t=3,p=4$zKA+7T5DZUtgxDwEqQPEZw$3qKjqrWtDp+DvFIOV73Nx3jxFojlAischXWEx2piHyc', 'live', false, false, 1, '2025-09-16T12:35:25.575415Z', '2025-09-16T12:35:25.575415Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('6149ea22-8961-4e93-9929-a5f9fcc59c4f', 'Arjun Mehta', 'arjun.mehta@example.com', 'arjun.mehta@example.com', '$argon2id$v=19$m=65536,t=3,p=4$TSIbKI/192kRKHTmY20giA$9w3pVE3e+3j/31u0gzqdafxF3d1Ur6BifCWzF+ofMlI', 'destroyed', true, false, 2, '2025-09-18T08:25:21.060484Z', '2025-09-27T12:57:55.183734Z', NULL, '2025-09-27T12:57:55.183734Z', NULL, 'duplicate account');
INSERT INTO public.users VALUES ('316948be-2605-4f60-91e6-63eb75328910', 'Zainab Hassan', 'zainab.hassan@example.org', 'zainab.hassan@example.org', '$argon2id$v=19$m=65536,t=3,p=4$XzKtVrWJQFJOtnp4cy3T0w$qNPK9tZOOqw4JwD/ga7w++chuEW55fgoedKdfMqERqg', 'live', false, false, 3, '2025-09-19T08:54:39.520152Z', '2025-09-29T17:25:29.374423Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('13cef12d-35bf-44f5-9e30-29809fb540ee', 'Saoirse Byrne (Billing)', 'billing@example.com', 'billing@example.com', '$argon2id$v=19$m=65536,t=3,p=4$qUDWIpc/UUusL4iKuWoMEg$1mwIPt5W1gwLG7pgVr47mNLbOf1z3NqSlJQdkk1rjyc', 'live', false, false, 1, '2025-09-19T16:45:07.285168Z', '2025-09-19T16:45:07.285168Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('6037eb6a-8ae7-4020-b73c-c2ad63cf48ad', 'Jörg Schäfer', 'joerg.schaefer@eu.example.org', 'joerg.schaefer@eu.example.org', '$argon2id$v=19$m=65536,t=3,p=4$pPIoNZLquXpfS2fl739YKg$/ma9YLS6MMwAaSDgBg513kPu1ERntUoteNECWSkZjPI', 'live', false, false, 1, '2025-09-21T12:48:07.731176Z', '2025-09-21T12:48:07.731176Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c6fb03cf-f05f-4908-9aba-f7cd5c0ae521', 'Ingrid Halvorsen', 'ingrid.halvorsen@example.com', 'ingrid.halvorsen@example.com', '$argon2id$v=19$m=65536,t=3,p=4$EWsjzwrclyzFgGZQ4kzfFQ$ru3aIJCn9fFyS8YmCEBBI6LKbq+LnFpkvF9O40JIOGQ', 'live', false, false, 1, '2025-09-22T15:49:45.729879Z', '2025-09-22T15:49:45.729879Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('81ced410-a4f8-4159-898c-ec932687dda3', 'Hana Dvořáková', 'hana.novakova@eu.example.org', 'hana.novakova@eu.example.org', '$argon2id$v=19$m=65536,t=3,p=4$GeLJOdE6/Uwyqk8rv9Iv7A$a0brZeJ+j2AB2zzL74Xgn/HQkrza6ZG9kv3ztXXaVpI', 'live', false, false, 2, '2025-09-23T08:53:59.982623Z', '2025-09-30T15:31:58.335918Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('0e24b473-dc71-441c-bbf1-831510754b52', 'Олена Коваленко', 'olena.kovalenko@corp.example.com', 'olena.kovalenko@corp.example.com', '$argon2id$v=19$m=65536,t=3,p=4$GQiLKjt0kvMs8dP2aF97ag$CElKWw434RIehN66DjBNqj3BN5bhidpyayDJMm50wEk', 'destroyed', true, false, 3, '2025-09-23T09:05:52.621369Z', '2025-10-07T17:47:00.074199Z', NULL, '2025-10-07T17:47:00.074199Z', NULL, 'requested deletion of their account');
INSERT INTO public.users VALUES ('679cac0a-82ea-4a1f-b39a-1b71d8664a33', 'Mateo Fernández', 'mateo.fernandez@example.com', 'mateo.fernandez@example.com', '$argon2id$v=19$m=65536,t=3,p=4$Ff4RG5WK/pHiamE0dy7icw$e6IwMzJJChWp01cgIm7+9FUjjomzqCqMeeDVxzNcnR4', 'destroyed', true, false, 2, '2025-09-23T12:03:00.070982Z', '2025-10-07T17:04:19.830950Z', NULL, '2025-10-07T17:04:19.830950Z', NULL, NULL);
INSERT INTO public.users VALUES ('1df0c5c9-4e28-4a99-9a4d-82c8ad579526', '渡辺 健二', 'kenji.watanabe@example.org', 'kenji.watanabe@example.org', '$argon2id$v=19$m=65536,t=3,p=4$2I1oRaVk/EMmoG8msspt5g$n5hqhxAS3U93hlPZ/YabY/YdZ19WBcw3gTKptGunX7I', 'live', false, false, 1, '2025-09-23T13:49:09.231627Z', '2025-09-23T13:49:09.231627Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('8667cbd7-5ca7-483b-82ef-136b91e742a9', 'Saoirse Byrne', 'saoirse.byrne@example.org', 'saoirse.byrne@example.org', '$argon2id$v=19$m=65536,t=3,p=4$itQbozFoVRHYmSXmVoOFhw$dYwl4I8yM+wZlh1jR2fNmyfCKkAcbUEMX21a2LsBA8U', 'live', false, false, 1, '2025-09-25T11:01:20.549183Z', '2025-09-25T11:01:20.549183Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('5fa9f710-0b34-46f9-baa8-324f34b9283b', 'Diego Ramírez', 'diego.ramirez@example.org', 'diego.ramirez@example.org', '$argon2id$v=19$m=65536,t=3,p=4$OEl0oNJKV3Yi3Cv+UnMzeQ$wBj1ajOL/9fb7ovR9r+vVomBd2CM/n4z9/m3B5f6m+U', 'live', false, false, 1, '2025-09-25T14:23:50.181288Z', '2025-09-25T14:23:50.181288Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('43e5d298-a5ec-4317-ac9f-8cc85199a51d', 'Rafael Oliveira', 'rafael.oliveira@corp.example.com', 'rafael.oliveira@corp.example.com', '$argon2id$v=19$m=65536,t=3,p=4$5jkvcz9PKzGi9EqBXvSXaw$sLYYmZNH8oCCzsJMx8Nqt16EH2iXmEUddafgnQgEmLs', 'destroyed', true, false, 3, '2025-09-25T16:37:16.308641Z', '2025-10-07T14:03:57.684726Z', NULL, '2025-10-07T14:03:57.684726Z', NULL, NULL);
INSERT INTO public.users VALUES ('7de28f75-712c-4260-9484-458990cffb3a', 'Priya Raghunathan', 'priya.raghunathan@example.com', 'priya.raghunathan@example.com', '$argon2id$v=19$m=65536,t=3,p=4$3s+lohs1FslyvQj40xGr5w$RVtA8AeJNXZ/3TMNObBfu9I1hgOLBR/DXHKR7T4rRY0', 'live', false, false, 2, '2025-09-25T17:42:21.435953Z', '2025-09-29T14:00:35.349121Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('f0a5e04a-1eae-4339-b396-05e8a0816f3f', 'Nguyễn Thị Hoa', 'hoa.nguyen@example.org', 'hoa.nguyen@example.org', '$argon2id$v=19$m=65536,t=3,p=4$nR8mcmTgWtaL6nG/v8nxYQ$uZryB30Bgn2u9dXjTNxV7P1jEB7bzX8fwkmkBzzQ/MQ', 'live', false, false, 1, '2025-09-26T08:11:47.960625Z', '2025-09-26T08:11:47.960625Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('52a7f245-1dc0-4bd7-a28e-547b63fd7881', 'Anaïs Lefèvre', 'anais.lefevre@example.com', 'anais.lefevre@example.com', '$argon2id$v=19$m=65536,t=3,p=4$v1iPTVmzaITyNbJGTc7qJw$bSIrxMChiv37eiEpwzLGeZtAkEHWPpsOqx1rnXGy8lA', 'live', false, false, 1, '2025-09-26T11:46:00.998325Z', '2025-09-26T11:46:00.998325Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('f9250d18-3b2f-4cae-a027-07987163849f', 'Lars Eriksson Nyberg', 'lars.eriksson@example.net', 'lars.eriksson@example.net', '$argon2id$v=19$m=65536,t=3,p=4$1jXPhuw/L43azVSXBEZSqQ$u2TYSLG4ez7YwWLwnzBRXc3QPYTKi985eERy80Z7W4s', 'live', false, false, 2, '2025-09-26T14:50:15.298668Z', '2025-10-02T16:53:08.234323Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('c6714292-da14-4b56-ace2-7abd2f043312', '박민준', 'minjun.park@example.com', 'minjun.park@example.com', '$argon2id$v=19$m=65536,t=3,p=4$mZgaNjSdQ//TNh7zZjhvJA$MwVgUtySs7NfJj++IPN65h6cpx693bfH9NglbRiQ5uA', 'live', false, false, 1, '2025-09-27T08:32:33.501531Z', '2025-09-27T08:32:33.501531Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('5217bb99-8ac5-4d8c-b45d-0182737b0c81', 'Sofia Müller', 'sofia.mueller@example.org', 'sofia.mueller@example.org', '$argon2id$v=19$m=65536,t=3,p=4$9eBYB3rChhzIpKRHsmDkcQ$jjTNGBlgALK6skkKLbn9T0HTKKCgyL1fgphgtaOgX6w', 'live', false, false, 1, '2025-09-27T10:56:53.454987Z', '2025-09-27T10:56:53.454987Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('a8679619-cc64-4fc5-87dd-944007ab6095', '张伟', 'wei.zhang@example.net', 'wei.zhang@example.net', '$argon2id$v=19$m=65536,t=3,p=4$d08OklP/4Asnc4vq9DpWzA$IfA6USuMgiuRiVLs9hMxF4x9GfK6Gt2mxx2b8b42uR0', 'live', false, false, 1, '2025-09-27T11:09:16.665915Z', '2025-09-27T11:09:16.665915Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('4d9973bb-7cc8-4942-81be-930494ab99e7', 'Søren Kristensen', 'soren.kristensen@example.net', 'soren.kristensen@example.net', '$argon2id$v=19$m=65536,t=3,p=4$9Vnlv725iyswhA2q8FGwbw$EOiAjDsW4Jtpw66NELQ8GXwpEn7/BJ4QhyARUwmo6jE', 'live', false, false, 1, '2025-09-28T12:08:47.086205Z', '2025-09-28T12:08:47.086205Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('75956a7d-8bfb-4f7f-b4ca-e0759656eab5', 'Nadia Haddad', 'nadia.haddad@example.com', 'nadia.haddad@example.com', '$argon2id$v=19$m=65536,t=3,p=4$sGlb9g72EzHspahLVYs05Q$0jBDySFe9OLzZih27smn6fi/VsaHhi5oZuWmDiVl+ZM', 'live', false, false, 1, '2025-09-28T14:29:48.591567Z', '2025-09-28T14:29:48.591567Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('ab2bfdec-69f5-4b9d-a502-dd80c10a89cc', 'Amara Okafor-Bello', 'amara.okafor@example.com', 'amara.okafor@example.com', '$argon2id$v=19$m=65536,t=3,p=4$FMR8mMIYUDmCQa1ixuo2tw$2FbH7jgXeGU2xxfzDfub7oKRGGj+PKSz5bicVIo9A/g', 'live', false, false, 2, '2025-09-28T15:27:30.346632Z', '2025-10-01T10:53:41.834837Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('8b045af3-5a51-47a6-aa12-284012226711', 'Aoife Ní Bhriain', 'aoife.nibhriain@example.com', 'aoife.nibhriain@example.com', '$argon2id$v=19$m=65536,t=3,p=4$1lGQ4nkB6ea3KmZYLvrWzg$AbMTTheachi0UyHtMyvaew21qZxBla9AqxBCOrtPoJs', 'live', false, false, 1, '2025-09-29T12:47:07.468226Z', '2025-09-29T12:47:07.468226Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('f505d76f-2720-4752-bee0-c29640f62d66', 'Mateo Fernández', 'mateo.fernandez@example.com', 'mateo.fernandez@example.com', '$argon2id$v=19$m=65536,t=3,p=4$/uZ4NUbMIRxQcaugqP3qbQ$atagjkrACDUD+sbA4jU5HmJG0RGZ5BVJ2ScxgaPj4pc', 'live', false, false, 1, '2025-10-09T17:44:14.191672Z', '2025-10-09T17:44:14.191672Z', NULL, NULL, NULL, NULL);
INSERT INTO public.users VALUES ('5ad8c2ec-4fae-4004-945c-d8654f744fbf', 'Vera Two', 'vera@example.com', 'vera@example.com', '$argon2id$v=19$m=65536,t=3,p=4$l3IOIeQcQ2it9b63dk7JeQ$2lzUyVLH3d26zn5nRZLURrf++h5JNLX8tVFC019PL2Q', 'disabled', false, true, 2, '2026-12-02T07:40:54.943908Z', '2026-12-02T07:40:55.696056Z', '2026-12-02T07:40:55.696056Z', NULL, 'on leave', NULL);


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
-- Name: users_email_claim_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_email_claim_key ON public.users USING btree (email_key) WHERE (deleted = false);


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


