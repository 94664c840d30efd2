; torchsmt obligation abs.vjp_eq_jvp_transpose@2x3 (lemma, op abs, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 3),) params {}, off kinks
(set-info :source |torchsmt lemma abs.vjp_eq_jvp_transpose@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_0_0 () Real)
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
 (let ((?x74 (ite (< 0.0 x0_0_0) 1.0 (ite (> 0.0 x0_0_0) (- 1.0) 0.0))))
(let ((?x80 (* w_0_0 ?x74)))
(let (($x113 (= (* w_0_0 (ite (<= 0.0 x0_0_0) 1.0 (- 1.0))) ?x80)))
(not $x113)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_0_1 () Real)
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
 (let ((?x75 (ite (< 0.0 x0_0_1) 1.0 (ite (> 0.0 x0_0_1) (- 1.0) 0.0))))
(let ((?x81 (* w_0_1 ?x75)))
(let (($x114 (= (* w_0_1 (ite (<= 0.0 x0_0_1) 1.0 (- 1.0))) ?x81)))
(not $x114)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_0_2 () Real)
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
 (let ((?x76 (ite (< 0.0 x0_0_2) 1.0 (ite (> 0.0 x0_0_2) (- 1.0) 0.0))))
(let ((?x82 (* w_0_2 ?x76)))
(let (($x104 (= (* w_0_2 (ite (<= 0.0 x0_0_2) 1.0 (- 1.0))) ?x82)))
(not $x104)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_1_0 () Real)
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
 (let ((?x77 (ite (< 0.0 x0_1_0) 1.0 (ite (> 0.0 x0_1_0) (- 1.0) 0.0))))
(let ((?x83 (* w_1_0 ?x77)))
(let (($x111 (= (* w_1_0 (ite (<= 0.0 x0_1_0) 1.0 (- 1.0))) ?x83)))
(not $x111)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_1_1 () Real)
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
 (let ((?x78 (ite (< 0.0 x0_1_1) 1.0 (ite (> 0.0 x0_1_1) (- 1.0) 0.0))))
(let ((?x84 (* w_1_1 ?x78)))
(let (($x106 (= (* w_1_1 (ite (<= 0.0 x0_1_1) 1.0 (- 1.0))) ?x84)))
(not $x106)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_1_2 () Real)
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
 (let ((?x79 (ite (< 0.0 x0_1_2) 1.0 (ite (> 0.0 x0_1_2) (- 1.0) 0.0))))
(let ((?x85 (* w_1_2 ?x79)))
(let (($x107 (= (* w_1_2 (ite (<= 0.0 x0_1_2) 1.0 (- 1.0))) ?x85)))
(not $x107)))))
(check-sat)
