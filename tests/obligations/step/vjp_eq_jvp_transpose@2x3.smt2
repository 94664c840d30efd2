; torchsmt obligation step.vjp_eq_jvp_transpose@2x3 (lemma, op step, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 3),) params {}, off kinks
(set-info :source |torchsmt lemma step.vjp_eq_jvp_transpose@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x65 (= 0.0 0.0)))
(not $x65)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x65 (= 0.0 0.0)))
(not $x65)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x65 (= 0.0 0.0)))
(not $x65)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x65 (= 0.0 0.0)))
(not $x65)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x65 (= 0.0 0.0)))
(not $x65)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x65 (= 0.0 0.0)))
(not $x65)))
(check-sat)
